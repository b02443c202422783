import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/chatbot';
import { escapeHatchProperty, forOperation, modeledNotice } from '../../define';
import { singlePerItem } from '../../engine';
import { readLocator } from '../../fields';
import { conversationLocator } from '../pickers';

const endpoint = endpoints.messageMarkRead;

const properties: INodeProperties[] = [
	...modeledNotice(endpoint),
	conversationLocator,
	{
		displayName: 'Message ID',
		name: 'messageId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. {{ $json.msg_id }}',
		description: 'The user message to mark as read (the WhatsApp user sees blue ticks)',
	},
	escapeHatchProperty(endpoint),
];

export const option: INodePropertyOptions = {
	name: 'Mark as Read',
	value: 'markRead',
	action: 'Mark a message as read',
	description: 'Mark a message from the WhatsApp user as read; the user sees it was read',
};

export const description = forOperation('message', 'markRead', properties);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await singlePerItem.call(this, items, endpoint, (itemIndex) => {
		const msgId = String(this.getNodeParameter('messageId', itemIndex, '') ?? '').trim();
		if (msgId === '') throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: "Message ID" is empty`, { itemIndex });
		return { conversationId: readLocator(this, conversationLocator, itemIndex), msgId };
	});
}
