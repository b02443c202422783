import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/chatbot';
import { chatbotValues } from '../../../api/contract/chatbotModel';
import { escapeHatchProperty, forOperation, modeledNotice } from '../../define';
import { getManyPerItem } from '../../engine';
import { pagingProperties, readLocator } from '../../fields';
import { conversationLocator } from '../pickers';

const endpoint = endpoints.messageGetMany;

const properties: INodeProperties[] = [
	...modeledNotice(endpoint),
	conversationLocator,
	{
		displayName: 'Agent Phase Only',
		name: 'agentPhase',
		type: 'boolean',
		default: false,
		description: 'Whether to list only the messages after the conversation was transferred to a human agent (the second message-list variant)',
	},
	...pagingProperties,
	escapeHatchProperty(endpoint),
];

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getMany',
	action: 'Get many messages',
	description: 'List the messages of a conversation, or only those of its agent phase',
};

export const description = forOperation('message', 'getMany', properties);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await getManyPerItem.call(this, items, endpoint, (itemIndex) => ({
		conversationId: readLocator(this, conversationLocator, itemIndex),
		phase: this.getNodeParameter('agentPhase', itemIndex, false) ? chatbotValues.agentPhase : undefined,
	}));
}
