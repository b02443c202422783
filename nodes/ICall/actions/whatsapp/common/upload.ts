import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { Endpoint } from '../../../contract';
import type { FilePart } from '../../../transport/multipart';
import { callEndpoint } from '../../../transport/request';
import { escapeHatchProperty, readEscapeHatch } from '../../common/escapeHatch';
import { runPerItem } from '../../common/itemRunner';
import { modeledNotice } from '../../common/modeledNotice';
import { readRequestSettings } from '../../common/requestSettings';
import { dataAsItem } from '../../common/send';
import { binaryPropertyParameter, filePartOf, maxFileSizeParameter, readMaxBytes } from './binaryFile';

/** Form values are text; objects from the escape hatch travel as JSON text. */
function asFormFields(values: IDataObject): Record<string, string> {
	return Object.fromEntries(
		Object.entries(values)
			.filter(([, value]) => value !== undefined && value !== null)
			.map(([name, value]) => [name, typeof value === 'object' ? JSON.stringify(value) : String(value)]),
	);
}

/** The file part of an item for an upload endpoint (the contract names the form field). */
export async function fileOfItem(context: IExecuteFunctions, endpoint: Endpoint, itemIndex: number): Promise<FilePart> {
	const propertyName = (context.getNodeParameter('binaryPropertyName', itemIndex, 'data') as string).trim();
	return await filePartOf(context, itemIndex, propertyName, readMaxBytes(context, itemIndex), endpoint.fields.file.wire);
}

/** Uploads one prepared file; the answer's `data` (file id and URL) is the result. */
export async function uploadFile(
	context: IExecuteFunctions,
	endpoint: Endpoint,
	file: FilePart,
	itemIndex: number,
	fields: IDataObject = {},
): Promise<IDataObject> {
	const { retry } = readRequestSettings(context);
	const { body } = await callEndpoint.call(context, endpoint, { multipart: { fields: asFormFields(fields), file }, itemIndex, retry });
	return dataAsItem(body);
}

export const uploadOptionsParameter: INodeProperties = {
	displayName: 'Upload Options',
	name: 'uploadOptions',
	type: 'collection',
	placeholder: 'Add option',
	default: {},
	options: [maxFileSizeParameter],
};

/** Properties of an upload operation. */
export function uploadProperties(endpoint: Endpoint): INodeProperties[] {
	return [...modeledNotice(endpoint), binaryPropertyParameter, uploadOptionsParameter, escapeHatchProperty(endpoint)];
}

/** One upload per input item; every file is checked before the first byte is sent. */
export async function uploadPerItem(context: IExecuteFunctions, items: INodeExecutionData[], endpoint: Endpoint): Promise<INodeExecutionData[]> {
	return await runPerItem(
		context,
		items,
		readRequestSettings(context).concurrency,
		async (itemIndex, { file, fields }) => [
			{ ...(await uploadFile(context, endpoint, file, itemIndex, fields)), fileName: file.fileName, mimeType: file.mimeType, fileSize: file.size },
		],
		async (itemIndex: number) => ({ file: await fileOfItem(context, endpoint, itemIndex), fields: readEscapeHatch(context, endpoint, itemIndex) }),
	);
}
