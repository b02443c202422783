import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { Endpoint } from '../../contract';
import { inputError } from './inputError';
import { runPerItem } from './itemRunner';
import { recordingItems } from './recordings';
import { readRequestSettings } from './requestSettings';
import { requestFields, sendFields } from './send';

export interface RecordingRequest {
	values: Record<string, unknown>;
	/** File name without extension, e.g. "<TaskID>_<callee>". */
	baseName: string;
}

/** Runs a recording endpoint for each item: JSON links or the file itself, downloaded as asked. */
export async function recordingsPerItem(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	endpoint: Endpoint,
	readRequest: (itemIndex: number) => RecordingRequest,
): Promise<INodeExecutionData[]> {
	const urlField = endpoint.result?.recordingUrl ?? '';
	return await runPerItem(
		this,
		items,
		readRequestSettings(this).concurrency,
		async (itemIndex, { fields, baseName }) => {
			const response = await sendFields.call(this, endpoint, fields, itemIndex, endpoint.mayReturnFile === true);
			return await recordingItems.call(this, response, urlField, baseName, itemIndex);
		},
		(itemIndex: number) => {
			const { values, baseName } = readRequest(itemIndex);
			const download = this.getNodeParameter('download', itemIndex, true) as boolean;
			const property = this.getNodeParameter('binaryPropertyName', itemIndex, 'data') as unknown;
			if (download && (typeof property !== 'string' || property.trim() === '')) {
				throw inputError(this, itemIndex, 'Put Output File in Field', 'is empty: name the binary field the file goes into, e.g. "data"');
			}
			return { fields: requestFields(this, endpoint, values, itemIndex), baseName };
		},
	);
}
