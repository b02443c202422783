import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { endpoints } from '../../../contract';
import { forOperation } from '../../common/display';
import { escapeHatchProperty } from '../../common/escapeHatch';
import { readLocator } from '../../common/locators';
import { modeledNotice } from '../../common/modeledNotice';
import { singlePerItem } from '../../common/single';
import { conversationLocator } from '../common/locators';

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
