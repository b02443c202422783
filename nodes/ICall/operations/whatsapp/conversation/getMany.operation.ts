import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/chatbot';
import { escapeHatchProperty, forOperation, modeledNotice } from '../../define';
import { getManyPerItem } from '../../engine';
import { pagingProperties, readLocator } from '../../fields';
import { toClassicTime } from '../../time';
import { wabaAccountLocator } from '../pickers';

const endpoint = endpoints.conversationGetMany;

const properties: INodeProperties[] = [
	...modeledNotice(endpoint),
	wabaAccountLocator,
	...pagingProperties,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add filter',
		default: {},
		options: [
			{ displayName: 'Started After', name: 'startTime', type: 'dateTime', default: '', description: 'Only conversations that started at or after this time' },
			{ displayName: 'Started Before', name: 'endTime', type: 'dateTime', default: '', description: 'Only conversations that started before this time' },
		],
	},
	escapeHatchProperty(endpoint),
];

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getMany',
	action: 'Get many conversations',
	description: 'List the chatbot conversations of a WABA account',
};

export const description = forOperation('conversation', 'getMany', properties);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await getManyPerItem.call(this, items, endpoint, (itemIndex) => {
		const filters = this.getNodeParameter('filters', itemIndex, {}) as { startTime?: string; endTime?: string };
		return {
			wabaAccountId: readLocator(this, wabaAccountLocator, itemIndex),
			startTime: toClassicTime(filters.startTime),
			endTime: toClassicTime(filters.endTime),
		};
	});
}
