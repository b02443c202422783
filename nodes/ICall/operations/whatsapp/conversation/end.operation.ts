import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/chatbot';
import { escapeHatchProperty, forOperation, modeledNotice } from '../../define';
import { singlePerItem } from '../../engine';
import { readLocator } from '../../fields';
import { conversationLocator } from '../pickers';

const endpoint = endpoints.conversationEnd;

const properties: INodeProperties[] = [...modeledNotice(endpoint), conversationLocator, escapeHatchProperty(endpoint)];

export const option: INodePropertyOptions = {
	name: 'End',
	value: 'end',
	action: 'End a conversation',
	description: 'Close the chatbot session; the WhatsApp user gets no further bot answers in it',
};

export const description = forOperation('conversation', 'end', properties);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await singlePerItem.call(this, items, endpoint, (itemIndex) => ({ conversationId: readLocator(this, conversationLocator, itemIndex) }));
}
