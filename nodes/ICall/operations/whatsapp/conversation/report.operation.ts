import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/chatbot';
import { escapeHatchProperty, forOperation, modeledNotice, parseJsonObject } from '../../define';
import { singlePerItem } from '../../engine';
import { readLocator } from '../../fields';
import { conversationLocator } from '../pickers';

const endpoint = endpoints.conversationReport;

const properties: INodeProperties[] = [
	...modeledNotice(endpoint),
	conversationLocator,
	{
		displayName: 'Report (JSON)',
		name: 'report',
		type: 'json',
		default: '{}',
		required: true,
		description: 'What you report about the ended session, e.g. {"result": "paid", "note": "promised Friday"}',
	},
	escapeHatchProperty(endpoint),
];

export const option: INodePropertyOptions = {
	name: 'Report',
	value: 'report',
	action: 'Report on an ended conversation',
	description: 'Send your report about a conversation after its session ended',
};

export const description = forOperation('conversation', 'report', properties);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await singlePerItem.call(this, items, endpoint, (itemIndex) => {
		const report = parseJsonObject(this, this.getNodeParameter('report', itemIndex, '{}'), 'Report (JSON)', itemIndex);
		if (Object.keys(report).length === 0) {
			throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: "Report (JSON)" is empty; give at least one field`, { itemIndex });
		}
		return { conversationId: readLocator(this, conversationLocator, itemIndex), report };
	});
}
