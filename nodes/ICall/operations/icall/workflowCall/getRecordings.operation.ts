import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/workflow';
import { defineOperationFields, escapeHatchProperty, modeledNotice } from '../../define';
import { phoneProperty, readLocator, readPhone, workflowLocator } from '../../fields';
import { downloadProperties, recordingsPerItem, safeFileName } from '../../recordings';

const endpoint = endpoints.workflowCallGetRecordings;

export const { option, description } = defineOperationFields(
	endpoint,
	{
		name: 'Get Recordings',
		action: 'Get all recordings of a number in a workflow',
		description: 'Every recorded call of one number across the workflow’s steps, as audio files',
	},
	[
		...modeledNotice(endpoint),
		workflowLocator,
		phoneProperty('callee', 'Phone Number', 'The number whose recordings you want, in E.164'),
		...downloadProperties,
		escapeHatchProperty(endpoint),
	],
);

/** One item per recording of the number; the audio as binary when asked. */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await recordingsPerItem.call(this, items, endpoint, (itemIndex) => {
		const workflowId = readLocator(this, workflowLocator, itemIndex);
		const callee = readPhone(this, 'callee', 'Phone Number', itemIndex);
		return { values: { workflowId, callee }, baseName: safeFileName(workflowId, callee) };
	});
}
