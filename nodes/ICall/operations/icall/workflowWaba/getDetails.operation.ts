import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/workflow';
import { defineOperationFields, escapeHatchProperty, modeledNotice } from '../../define';
import { getManyPerItem } from '../../engine';
import { pagingProperties } from '../../fields';
import { readRequiredText, requiredTextProperty } from '../../sharedFields';

const endpoint = endpoints.workflowWabaGetDetails;

export const { option, description } = defineOperationFields(
	endpoint,
	{ name: 'Get Details', action: 'Get the messages of a workflow WhatsApp task', description: 'One item per message with its delivery status' },
	[
		...modeledNotice(endpoint),
		requiredTextProperty('wabaTaskId', 'WhatsApp Task ID', 'A waba_task_id from Workflow WhatsApp Task: Get Many or a webhook'),
		...pagingProperties,
		escapeHatchProperty(endpoint),
	],
);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await getManyPerItem.call(this, items, endpoint, (itemIndex) => ({
		wabaTaskId: readRequiredText(this, 'wabaTaskId', 'WhatsApp Task ID', itemIndex),
	}));
}
