import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/calling';
import { escapeHatchProperty, forOperation } from '../../define';
import { singlePerItem } from '../../engine';
import { readLocator, taskLocator } from '../../fields';

const endpoint = endpoints.taskStop;

const properties: INodeProperties[] = [taskLocator, escapeHatchProperty(endpoint)];

export const option: INodePropertyOptions = { name: 'Stop', value: 'stop', action: 'Stop a task', description: 'Cancel a calling task: no further calls are made' };

export const description = forOperation('task', 'stop', properties);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await singlePerItem.call(this, items, endpoint, (itemIndex) => ({ taskId: readLocator(this, taskLocator, itemIndex) }));
}
