import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/calling';
import { escapeHatchProperty, forOperation, modeledNotice } from '../../define';
import { getManyPerItem } from '../../engine';
import { pagingProperties, planLocator, readLocator } from '../../fields';

const endpoint = endpoints.planGetRounds;

const properties: INodeProperties[] = [
	...modeledNotice(endpoint),
	planLocator,
	...pagingProperties,
	escapeHatchProperty(endpoint),
];

export const option: INodePropertyOptions = { name: 'Get Rounds', value: 'getRounds', action: 'Get the rounds of a plan', description: 'One item per round with its task' };

export const description = forOperation('plan', 'getRounds', properties);

/** One item per round, each with the TaskID of that round's calling task. */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await getManyPerItem.call(this, items, endpoint, (itemIndex) => ({ planId: readLocator(this, planLocator, itemIndex) }));
}
