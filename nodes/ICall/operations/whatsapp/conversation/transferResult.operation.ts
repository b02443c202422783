import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/chatbot';
import { chatbotValues } from '../../../api/contract/chatbotModel';
import { escapeHatchProperty, forOperation, modeledNotice } from '../../define';
import { singlePerItem } from '../../engine';
import { readLocator } from '../../fields';
import { conversationLocator } from '../pickers';

const endpoint = endpoints.conversationTransferResult;
const [accepted, rejected] = chatbotValues.transferResults;

const properties: INodeProperties[] = [
	...modeledNotice(endpoint),
	conversationLocator,
	{
		displayName: 'Result',
		name: 'transferResult',
		type: 'options',
		default: accepted,
		options: [
			{ name: 'Accepted', value: accepted, description: 'An agent takes the conversation over' },
			{ name: 'Rejected', value: rejected, description: 'No agent takes it; the chatbot keeps it' },
		],
		description: 'Your answer to the agent transfer request AIRudder sent',
	},
	{
		displayName: 'Agent Seat ID',
		name: 'seatId',
		type: 'string',
		default: '',
		description: 'The seat of the agent who takes the conversation (for an accepted transfer)',
	},
	escapeHatchProperty(endpoint),
];

export const option: INodePropertyOptions = {
	name: 'Set Transfer Result',
	value: 'transferResult',
	action: 'Set the agent transfer result of a conversation',
	description: 'Answer an agent transfer request: accepted (with the agent seat) or rejected',
};

export const description = forOperation('conversation', 'transferResult', properties);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await singlePerItem.call(this, items, endpoint, (itemIndex) => ({
		conversationId: readLocator(this, conversationLocator, itemIndex),
		result: this.getNodeParameter('transferResult', itemIndex) as string,
		seatId: (this.getNodeParameter('seatId', itemIndex, '') as string).trim(),
	}));
}
