import { endpoints } from '../../../api/contract/workflow';
import { detailOperation } from './details';

export const { option, description, execute } = detailOperation(endpoints.workflowTaskGetDetailsInfoCheck, {
	name: 'Get Details (Info Check)',
	action: 'Get the info check calls of a workflow outbound task',
	description: 'One item per info check call with its result',
});
