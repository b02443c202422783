import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/calling';
import { escapeHatchProperty, forOperation, modeledNotice } from '../../define';
import { phoneProperty, readLocator, readPhone, taskLocator } from '../../fields';
import { downloadProperties, recordingsPerItem, safeFileName } from '../../recordings';

const endpoint = endpoints.recordingGetCall;

const properties: INodeProperties[] = [
	...modeledNotice(endpoint),
	taskLocator,
	phoneProperty('callee', 'Phone Number', 'The number that was called, in E.164'),
	...downloadProperties,
	escapeHatchProperty(endpoint),
];

export const option: INodePropertyOptions = { name: 'Get Call Recording', value: 'getCall', action: 'Get the recording of a call', description: 'The audio of one number in a task' };

export const description = forOperation('recording', 'getCall', properties);

/** The recording of one callee in a task, named "<TaskID>_<number>.<ext>". */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await recordingsPerItem.call(this, items, endpoint, (itemIndex) => {
		const taskId = readLocator(this, taskLocator, itemIndex);
		const callee = readPhone(this, 'callee', 'Phone Number', itemIndex);
		return { values: { taskId, callee }, baseName: safeFileName(taskId, callee) };
	});
}
