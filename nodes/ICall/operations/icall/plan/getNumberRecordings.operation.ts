import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/calling';
import { escapeHatchProperty, forOperation, modeledNotice } from '../../define';
import { phoneProperty, planLocator, readLocator, readPhone } from '../../fields';
import { downloadProperties, recordingsPerItem, safeFileName } from '../../recordings';

const endpoint = endpoints.planGetNumberRecordings;

const properties: INodeProperties[] = [
	...modeledNotice(endpoint),
	planLocator,
	phoneProperty('callee', 'Phone Number', 'The number whose recordings across all rounds you want, in E.164'),
	...downloadProperties,
	escapeHatchProperty(endpoint),
];

export const option: INodePropertyOptions = { name: 'Get Number Recordings', value: 'getNumberRecordings', action: 'Get all recordings of a number in a plan', description: 'Recordings of one number across all rounds' };

export const description = forOperation('plan', 'getNumberRecordings', properties);

/** One item per recording of the number, across the plan's rounds. */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await recordingsPerItem.call(this, items, endpoint, (itemIndex) => {
		const planId = readLocator(this, planLocator, itemIndex);
		const callee = readPhone(this, 'callee', 'Phone Number', itemIndex);
		return { values: { planId, callee }, baseName: safeFileName(planId, callee) };
	});
}
