import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/calling';
import { escapeHatchProperty, forOperation, modeledNotice } from '../../define';
import { getManyPerItem } from '../../engine';
import { pagingProperties } from '../../fields';

const endpoint = endpoints.strategyGetMany;

const properties: INodeProperties[] = [...modeledNotice(endpoint), ...pagingProperties, escapeHatchProperty(endpoint)];

export const option: INodePropertyOptions = { name: 'Get Many', value: 'getMany', action: 'Get many strategies', description: 'List the strategies plans can follow' };

export const description = forOperation('strategy', 'getMany', properties);

/** One item per strategy: the rules a plan follows from round to round. */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await getManyPerItem.call(this, items, endpoint);
}
