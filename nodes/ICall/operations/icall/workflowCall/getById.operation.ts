import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/workflow';
import { defineOperationFields, escapeHatchProperty, modeledNotice } from '../../define';
import { singlePerItem } from '../../engine';
import { readRequiredText, requiredTextProperty } from '../../sharedFields';

const endpoint = endpoints.workflowCallGetById;

export const { option, description } = defineOperationFields(
	endpoint,
	{ name: 'Get by Call ID', action: 'Get a workflow call by its ID', description: 'One call’s result and recording link' },
	[
		...modeledNotice(endpoint),
		requiredTextProperty('callId', 'Call ID', 'A call_id from a call webhook or Workflow Outbound Task: Get Details'),
		escapeHatchProperty(endpoint),
	],
);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await singlePerItem.call(this, items, endpoint, (itemIndex) => ({ callId: readRequiredText(this, 'callId', 'Call ID', itemIndex) }));
}
