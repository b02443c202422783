import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/calling';
import { escapeHatchProperty, forOperation } from '../../define';
import { singlePerItem } from '../../engine';
import { phoneProperty, readLocator, readPhone, taskLocator } from '../../fields';

const endpoint = endpoints.taskCancelCall;

const properties: INodeProperties[] = [
	taskLocator,
	phoneProperty('calleeNumber', 'Phone Number', 'The number whose call should not be made, in E.164'),
	escapeHatchProperty(endpoint),
];

export const option: INodePropertyOptions = { name: 'Cancel Call', value: 'cancelCall', action: 'Cancel one call in a task', description: 'Take one number out of a running task' };

export const description = forOperation('task', 'cancelCall', properties);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await singlePerItem.call(this, items, endpoint, (itemIndex) => ({
		taskId: readLocator(this, taskLocator, itemIndex),
		calleeNumber: readPhone(this, 'calleeNumber', 'Phone Number', itemIndex),
	}));
}
