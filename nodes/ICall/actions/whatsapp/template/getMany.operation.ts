import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { endpoints } from '../../../contract';
import { forOperation } from '../../common/display';
import { escapeHatchProperty } from '../../common/escapeHatch';
import { getManyPerItem } from '../../common/getMany';
import { readLocator } from '../../common/locators';
import { modeledNotice } from '../../common/modeledNotice';
import { pagingProperties } from '../../common/paging';
import { wabaAccountLocator } from '../common/locators';

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
