import type { IBinaryData, IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { BINARY_ENCODING } from 'n8n-workflow';
import { callEndpoint } from '../../api/client';
import { chatbotLimits } from '../../api/contract/chatbotModel';
import type { Endpoint } from '../../api/contract/types';
import type { FilePart } from '../../api/files';
import { readEscapeHatch } from '../define';
import { dataAsItem, runPerItem } from '../engine';
import { inputError } from '../fields';
import { readRequestSettings } from '../sharedFields';

const MIB = 1024 * 1024;

/** Read size from binary storage: 4x the file stream's default, a quarter as many trips through the form. */
const STREAM_CHUNK_BYTES = 256 * 1024;

export const binaryPropertyParameter: INodeProperties = {
	displayName: 'Input Binary Field',
	name: 'binaryPropertyName',
	type: 'string',
	default: 'data',
	required: true,
	hint: 'The name of the input field containing the file to upload',
	description: 'The file name and MIME type are taken from this binary',
};

export const maxFileSizeParameter: INodeProperties = {
	displayName: 'Max File Size (MiB)',
	name: 'maxFileSizeMiB',
	type: 'number',
	typeOptions: { minValue: 1 },
	// The contract's uploadMaxBytes in MiB; a unit test keeps the two equal.
	default: 100,
	description: 'Larger files are refused before anything is sent (WhatsApp itself accepts at most 100 MB for documents, 16 MB for audio and video, 5 MB for images)',
};

async function sizeOf(context: IExecuteFunctions, binary: IBinaryData): Promise<number> {
	if (binary.id) return (await context.helpers.getBinaryMetadata(binary.id)).fileSize;
	return Buffer.byteLength(binary.data, BINARY_ENCODING);
}

/**
 * The file of an input item as a streamed form part: read from n8n's binary storage when it is
 * stored there (filesystem or S3 mode), from the item itself when it is inline. Nothing is sent
 * here; a missing binary, an empty file or an oversize file is an error for that item.
 */
export async function filePartOf(
	context: IExecuteFunctions,
	itemIndex: number,
	propertyName: string,
	maxBytes: number,
	fieldName: string,
): Promise<FilePart> {
	const item = context.getInputData()[itemIndex];
	const binary = item?.binary?.[propertyName];
	if (!binary) {
		const present = Object.keys(item?.binary ?? {});
		const hint = present.length > 0 ? `; it has ${present.map((name) => `"${name}"`).join(', ')}` : '; it has no binary data at all';
		throw inputError(context, itemIndex, binaryPropertyParameter.displayName, `names "${propertyName}", but the item has no such binary${hint}`);
	}
	const shownName = binary.fileName ?? propertyName;
	const size = await sizeOf(context, binary);
	if (size === 0) {
		// AIRudder takes an empty upload, and the WhatsApp user would get a file with nothing in it.
		throw inputError(context, itemIndex, binaryPropertyParameter.displayName, `the file "${shownName}" in "${propertyName}" is empty (0 bytes): there is nothing to send`);
	}
	if (size > maxBytes) {
		throw inputError(
			context,
			itemIndex,
			binaryPropertyParameter.displayName,
			`the file "${shownName}" in "${propertyName}" has ${(size / MIB).toFixed(1)} MiB, more than the ${(maxBytes / MIB).toFixed(1)} MiB of "${maxFileSizeParameter.displayName}"`,
		);
	}
	const binaryId = binary.id;
	return {
		fieldName,
		fileName: binary.fileName ?? `${propertyName}${binary.fileExtension ? `.${binary.fileExtension}` : ''}`,
		mimeType: binary.mimeType || 'application/octet-stream',
		size,
		open: async () => (binaryId ? await context.helpers.getBinaryStream(binaryId, STREAM_CHUNK_BYTES) : inlineBytes(binary)),
	};
}

async function* inlineBytes(binary: IBinaryData): AsyncGenerator<Uint8Array> {
	yield Buffer.from(binary.data, BINARY_ENCODING);
}

export function readMaxBytes(context: IExecuteFunctions, itemIndex: number): number {
	return Math.floor((context.getNodeParameter('uploadOptions.maxFileSizeMiB', itemIndex, chatbotLimits.uploadMaxBytes / MIB) as number) * MIB);
}

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

/** The fields of an upload operation: which binary, and how big it may be. */
export const uploadProperties: INodeProperties[] = [binaryPropertyParameter, uploadOptionsParameter];

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
