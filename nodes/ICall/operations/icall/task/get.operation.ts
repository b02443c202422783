import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/calling';
import { escapeHatchProperty, forOperation, modeledNotice } from '../../define';
import { getManyPerItem } from '../../engine';
import { pagingProperties, readLocator, taskLocator } from '../../fields';

const endpoint = endpoints.taskGet;

const properties: INodeProperties[] = [
	...modeledNotice(endpoint),
	taskLocator,
	...pagingProperties,
	escapeHatchProperty(endpoint),
];

export const option: INodePropertyOptions = { name: 'Get', value: 'get', action: 'Get the calls of a task', description: 'One item per call with status, duration, intention and recording link' };

export const description = forOperation('task', 'get', properties);

/** One item per call of the task: the same fields as the call webhook. */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await getManyPerItem.call(this, items, endpoint, (itemIndex) => ({ taskId: readLocator(this, taskLocator, itemIndex) }));
}
