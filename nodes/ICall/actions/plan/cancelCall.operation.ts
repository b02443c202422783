import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { endpoints } from '../../contract';
import { forOperation } from '../common/display';
import { escapeHatchProperty } from '../common/escapeHatch';
import { planLocator, readLocator } from '../common/locators';
import { modeledNotice } from '../common/modeledNotice';
import { phoneProperty, readPhone } from '../common/phoneParameter';
import { singlePerItem } from '../common/single';

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
