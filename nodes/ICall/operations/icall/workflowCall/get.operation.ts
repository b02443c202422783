import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/workflow';
import { defineOperationFields, escapeHatchProperty, modeledNotice } from '../../define';
import { getManyPerItem } from '../../engine';
import { optionalLocator, pagingProperties, readOptionalLocator, workflowLocator } from '../../fields';
import { contactKeyProperties, readContactKeys, readText, textProperty } from '../../sharedFields';

const endpoint = endpoints.workflowCallGet;

export const { option, description } = defineOperationFields(
	endpoint,
	{
		name: 'Get',
		action: 'Get the calls of a contact in a workflow',
		description: 'Call results and recording links by phone number or case ID, within a workflow or one of its tasks',
	},
	[
		...modeledNotice(endpoint),
		...contactKeyProperties,
		optionalLocator(workflowLocator, 'workflowId', 'The workflow to look in; give this or the outbound task ID'),
		textProperty('taskId', 'Outbound Task ID', 'The outbound task to look in; give this or the workflow ID'),
		...pagingProperties,
		escapeHatchProperty(endpoint),
	],
);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await getManyPerItem.call(this, items, endpoint, (itemIndex) => ({
		...readContactKeys(this, itemIndex),
		workflowId: readOptionalLocator(this, 'workflowId', itemIndex, 'Workflow'),
		taskId: readText(this, 'taskId', itemIndex, 'Outbound Task ID'),
	}));
}
