import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/calling';
import { escapeHatchProperty, forOperation, modeledNotice } from '../../define';
import { readLocator, taskLocator } from '../../fields';
import { downloadProperties, recordingsPerItem, safeFileName } from '../../recordings';

const endpoint = endpoints.recordingGetTask;

const properties: INodeProperties[] = [...modeledNotice(endpoint), taskLocator, ...downloadProperties, escapeHatchProperty(endpoint)];

export const option: INodePropertyOptions = { name: 'Get Task Recordings', value: 'getTask', action: 'Get all recordings of a task', description: 'A ZIP of every recording of a task' };

export const description = forOperation('recording', 'getTask', properties);

/** Every recording of a task in one ZIP, named "<TaskID>_recordings.zip". */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await recordingsPerItem.call(this, items, endpoint, (itemIndex) => {
		const taskId = readLocator(this, taskLocator, itemIndex);
		return { values: { taskId }, baseName: safeFileName(taskId, 'recordings') };
	});
}
