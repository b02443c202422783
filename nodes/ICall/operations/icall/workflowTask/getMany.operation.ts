import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/workflow';
import { defineOperationFields, escapeHatchProperty, modeledNotice } from '../../define';
import { getManyPerItem } from '../../engine';
import { pagingProperties, readLocator, workflowLocator } from '../../fields';
import { readText, textProperty } from '../../sharedFields';

const endpoint = endpoints.workflowTaskGetMany;

export const { option, description } = defineOperationFields(
	endpoint,
	{ name: 'Get Many', action: 'Get the outbound tasks of a workflow', description: 'One item per calling task that the workflow’s call steps created' },
	[
		...modeledNotice(endpoint),
		workflowLocator,
		textProperty('nodetaskId', 'Subtask ID', 'Only the tasks of this step (a nodetask_id from Workflow: Get Subtasks)'),
		...pagingProperties,
		escapeHatchProperty(endpoint),
	],
);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await getManyPerItem.call(this, items, endpoint, (itemIndex) => ({
		workflowId: readLocator(this, workflowLocator, itemIndex),
		nodetaskId: readText(this, 'nodetaskId', itemIndex, 'Subtask ID'),
	}));
}
