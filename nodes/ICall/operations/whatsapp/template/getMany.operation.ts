import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/chatbot';
import { escapeHatchProperty, forOperation, modeledNotice } from '../../define';
import { getManyPerItem } from '../../engine';
import { pagingProperties, readLocator } from '../../fields';
import { wabaAccountLocator } from '../pickers';

const endpoint = endpoints.templateGetMany;

const properties: INodeProperties[] = [...modeledNotice(endpoint), wabaAccountLocator, ...pagingProperties, escapeHatchProperty(endpoint)];

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getMany',
	action: 'Get many templates',
	description: 'List the message templates of a WABA account, with their languages and variables',
};

export const description = forOperation('template', 'getMany', properties);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await getManyPerItem.call(this, items, endpoint, (itemIndex) => ({ wabaAccountId: readLocator(this, wabaAccountLocator, itemIndex) }));
}
