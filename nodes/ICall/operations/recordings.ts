import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import type { RawResponse } from '../api/client';
import { envelopeData, mediaTypeOf } from '../api/client';
import type { Endpoint } from '../api/contract/types';
import { downloadUrl, fileFromResponse } from '../api/download';
import { rowsOf } from '../api/paging';
import type { OperationCopy, OperationModule } from './define';
import { defineOperation } from './define';
import { requestFields, runPerItem, sendFields } from './engine';
import { inputError, phoneProperty, readLocator, readPhone } from './fields';
import { readRequestSettings } from './sharedFields';

export const downloadProperties: INodeProperties[] = [
	{
		displayName: 'Download Audio',
		name: 'download',
		type: 'boolean',
		default: true,
		description: 'Whether to fetch the recording into n8n binary data, not just its link',
	},
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		displayOptions: { show: { download: [true] } },
		hint: 'The name of the output binary field to put the file in',
	},
];

const EXTENSIONS: Record<string, string> = {
	'audio/wav': 'wav',
	'audio/x-wav': 'wav',
	'audio/wave': 'wav',
	'audio/mpeg': 'mp3',
	'audio/mp3': 'mp3',
	'audio/ogg': 'ogg',
	'application/zip': 'zip',
	'application/x-zip-compressed': 'zip',
};

function extensionFor(url: string | undefined, fallback: string): string {
	const fromUrl = url ? /\.([a-z0-9]{2,4})(?:[?#]|$)/i.exec(url)?.[1] : undefined;
	return (fromUrl ?? fallback).toLowerCase();
}

/** Keeps file names portable: letters, digits, "+", "-", "_" and dots only. */
export function safeFileName(...parts: string[]): string {
	return parts.map((part) => part.replace(/[^A-Za-z0-9+._-]/g, '_')).join('_');
}

function urlsIn(row: IDataObject, urlField: string): string[] {
	const value = row[urlField];
	if (typeof value === 'string' && value !== '') return [value];
	if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v !== '');
	return [];
}

/**
 * A recording endpoint answers with the file itself or with JSON holding link(s); both become
 * items: the JSON fields whole, plus the audio as binary when asked.
 */
export async function recordingItems(
	this: IExecuteFunctions,
	response: RawResponse,
	urlField: string,
	baseName: string,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const download = this.getNodeParameter('download', itemIndex, true) as boolean;
	const property = download ? (this.getNodeParameter('binaryPropertyName', itemIndex, 'data') as string) : '';
	if (response.isFile) {
		const fileName = `${baseName}.${EXTENSIONS[mediaTypeOf(response.headers)] ?? 'bin'}`;
		const file = await fileFromResponse.call(this, response.body as NodeJS.ReadableStream, response.headers, fileName);
		return [{ json: { fileName, mimeType: file.mimeType }, binary: { [property || 'data']: file.binary } }];
	}
	const { retry } = readRequestSettings(this);
	const rows = rowsOf(envelopeData(response.body as IDataObject));
	const output: INodeExecutionData[] = [];
	for (const row of rows) {
		const urls = urlsIn(row, urlField);
		if (!download || urls.length === 0) {
			output.push({ json: row });
			continue;
		}
		for (const url of urls) {
			const suffix = urls.length > 1 || rows.length > 1 ? `_${output.length + 1}` : '';
			const fileName = `${baseName}${suffix}.${extensionFor(url, 'wav')}`;
			const file = await downloadUrl.call(this, url, fileName, retry);
			output.push({ json: { ...row, fileName }, binary: { [property]: file.binary } });
		}
	}
	return output;
}

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

/**
 * The recordings of one number inside a task, plan or workflow: the container chosen in its
 * locator, the number in E.164, the files named "<ID>_<number>.<ext>".
 */
export function numberRecordingsOperation<E extends Endpoint>(
	endpoint: E,
	copy: OperationCopy,
	container: INodeProperties,
	containerKey: keyof E['fields'] & string,
	numberDescription: string,
): OperationModule {
	return defineOperation(endpoint, copy, [container, phoneProperty('callee', 'Phone Number', numberDescription), ...downloadProperties], async function (items) {
		return await recordingsPerItem.call(this, items, endpoint, (itemIndex) => {
			const id = readLocator(this, container, itemIndex);
			const callee = readPhone(this, 'callee', 'Phone Number', itemIndex);
			return { values: { [containerKey]: id, callee }, baseName: safeFileName(id, callee) };
		});
	});
}
