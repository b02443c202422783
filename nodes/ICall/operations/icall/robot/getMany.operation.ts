import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/calling';
import { escapeHatchProperty, forOperation, modeledNotice } from '../../define';
import { getManyPerItem } from '../../engine';
import { pagingProperties } from '../../fields';

const endpoint = endpoints.robotGetMany;

const properties: INodeProperties[] = [...modeledNotice(endpoint), ...pagingProperties, escapeHatchProperty(endpoint)];

export const option: INodePropertyOptions = { name: 'Get Many', value: 'getMany', action: 'Get many robots', description: 'List the voice robots of your account' };

export const description = forOperation('robot', 'getMany', properties);

/** One item per robot; the robot decides whether a task collects, sells or checks information. */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await getManyPerItem.call(this, items, endpoint);
}
