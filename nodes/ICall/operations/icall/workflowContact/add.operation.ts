import { endpoints } from '../../../api/contract/workflow';
import { contactListOperation } from './contactOperation';

export const { option, description, execute } = contactListOperation(endpoints.workflowContactAdd, {
	name: 'Add',
	action: 'Add contacts to a workflow, who are then called and messaged',
	description: 'Append contacts to a running workflow: they start at its first step',
});
