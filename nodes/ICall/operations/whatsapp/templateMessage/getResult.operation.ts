import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/chatbot';
import { escapeHatchProperty, forOperation, modeledNotice } from '../../define';
import { singlePerItem } from '../../engine';

const endpoint = endpoints.templateMessageGetResult;

const properties: INodeProperties[] = [
	...modeledNotice(endpoint),
	{
		displayName: 'Batch ID',
		name: 'batchId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. {{ $json.batch_id }}',
		description: 'The ID a Template Message: Send returned',
	},
	escapeHatchProperty(endpoint),
];

export const option: INodePropertyOptions = {
	name: 'Get Result',
	value: 'getResult',
	action: 'Get the result of a template send',
	description: 'Read how a bulk template send went for each receiver',
};

export const description = forOperation('templateMessage', 'getResult', properties);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await singlePerItem.call(this, items, endpoint, (itemIndex) => {
		const batchId = String(this.getNodeParameter('batchId', itemIndex, '') ?? '').trim();
		if (batchId === '') throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: "Batch ID" is empty`, { itemIndex });
		return { batchId };
	});
}
