import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/calling';
import { escapeHatchProperty, forOperation, modeledNotice } from '../../define';
import { singlePerItem } from '../../engine';
import { phoneProperty, planLocator, readLocator, readPhone } from '../../fields';

const endpoint = endpoints.planCancelCall;

const properties: INodeProperties[] = [
	...modeledNotice(endpoint),
	planLocator,
	phoneProperty('calleeNumber', 'Phone Number', 'The number whose remaining calls in the plan should not be made, in E.164'),
	escapeHatchProperty(endpoint),
];

export const option: INodePropertyOptions = { name: 'Cancel Call', value: 'cancelCall', action: 'Cancel one number in a plan', description: 'Take one number out of the remaining rounds' };

export const description = forOperation('plan', 'cancelCall', properties);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await singlePerItem.call(this, items, endpoint, (itemIndex) => ({
		planId: readLocator(this, planLocator, itemIndex),
		calleeNumber: readPhone(this, 'calleeNumber', 'Phone Number', itemIndex),
	}));
}
