import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/calling';
import { escapeHatchProperty, forOperation, modeledNotice } from '../../define';
import { singlePerItem } from '../../engine';
import { planLocator, readLocator } from '../../fields';

const endpoint = endpoints.planGetStatus;

const properties: INodeProperties[] = [...modeledNotice(endpoint), planLocator, escapeHatchProperty(endpoint)];

export const option: INodePropertyOptions = { name: 'Get Status', value: 'getStatus', action: 'Get the status of a plan', description: 'Progress and state of a plan' };

export const description = forOperation('plan', 'getStatus', properties);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await singlePerItem.call(this, items, endpoint, (itemIndex) => ({ planId: readLocator(this, planLocator, itemIndex) }));
}
