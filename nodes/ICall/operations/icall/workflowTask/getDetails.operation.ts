import { endpoints } from '../../../api/contract/workflow';
import { detailOperation } from './details';

export const { option, description, execute } = detailOperation(endpoints.workflowTaskGetDetails, {
	name: 'Get Details',
	action: 'Get the calls of a workflow outbound task',
	description: 'One item per call (collection, telemarketing, e-commerce) with workflow, step and case ID',
});
