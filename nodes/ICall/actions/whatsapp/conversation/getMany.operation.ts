import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { endpoints } from '../../../contract';
import { toClassicTime } from '../../../helpers/time';
import { forOperation } from '../../common/display';
import { escapeHatchProperty } from '../../common/escapeHatch';
import { getManyPerItem } from '../../common/getMany';
import { readLocator } from '../../common/locators';
import { modeledNotice } from '../../common/modeledNotice';
import { pagingProperties } from '../../common/paging';
import { wabaAccountLocator } from '../common/locators';

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
