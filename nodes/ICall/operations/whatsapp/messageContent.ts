import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { endpoints } from '../../api/contract/chatbot';
import { chatbotValues, locationEntry, mediaEntry } from '../../api/contract/chatbotModel';
import type { FilePart } from '../../api/files';
import { inputError, numberFrom } from '../fields';
import { binaryPropertyParameter, fileOfItem, uploadOptionsParameter } from './uploads';

const mediaTypes: readonly string[] = chatbotValues.mediaTypes;
const showForMedia = { show: { messageType: [...chatbotValues.mediaTypes] } };

/** What Message: Send asks for: the message type, then the fields of that type (text, media and where it comes from, or a place). */
export const contentProperties: INodeProperties[] = [
	{
		displayName: 'Message Type',
		name: 'messageType',
		type: 'options',
		default: 'text',
		options: chatbotValues.messageTypes.map((type) => ({ name: type[0].toUpperCase() + type.slice(1), value: type })),
	},
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		required: true,
		displayOptions: { show: { messageType: ['text'] } },
	},
	{
		displayName: 'Media Source',
		name: 'mediaSource',
		type: 'options',
		default: 'url',
		options: [
			{ name: 'URL', value: 'url', description: 'A public link AIRudder fetches the file from' },
			{ name: 'Uploaded File ID', value: 'fileId', description: 'The ID a File: Upload returned' },
			{ name: 'Binary File', value: 'binary', description: 'A file of the input item: uploaded first, then sent' },
		],
		displayOptions: showForMedia,
	},
	{ displayName: 'Media URL', name: 'mediaUrl', type: 'string', default: '', required: true, placeholder: 'e.g. https://example.com/invoice.pdf', displayOptions: { show: { ...showForMedia.show, mediaSource: ['url'] } } },
	{ displayName: 'File ID', name: 'fileId', type: 'string', default: '', required: true, displayOptions: { show: { ...showForMedia.show, mediaSource: ['fileId'] } } },
	{ ...binaryPropertyParameter, displayOptions: { show: { ...showForMedia.show, mediaSource: ['binary'] } } },
	{ ...uploadOptionsParameter, displayOptions: { show: { ...showForMedia.show, mediaSource: ['binary'] } } },
	{
		displayName: 'Media Options',
		name: 'mediaOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		displayOptions: showForMedia,
		options: [
			{ displayName: 'Caption', name: 'caption', type: 'string', default: '', description: 'Text shown under an image, video or document' },
			{ displayName: 'File Name', name: 'fileName', type: 'string', default: '', description: 'Name the WhatsApp user sees for a document' },
		],
	},
	{ displayName: 'Latitude', name: 'latitude', type: 'number', typeOptions: { numberPrecision: 6 }, default: 0, required: true, displayOptions: { show: { messageType: ['location'] } } },
	{ displayName: 'Longitude', name: 'longitude', type: 'number', typeOptions: { numberPrecision: 6 }, default: 0, required: true, displayOptions: { show: { messageType: ['location'] } } },
	{
		displayName: 'Location Options',
		name: 'locationOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		displayOptions: { show: { messageType: ['location'] } },
		options: [
			{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Name of the place, e.g. "Branch office Kemang"' },
			{ displayName: 'Address', name: 'address', type: 'string', default: '' },
		],
	},
];

/** What one item sends: wire values, and the file to upload first when the media is a binary. */
export interface MessageContent {
	values: Record<string, unknown>;
	upload?: FilePart;
}

function requiredText(context: IExecuteFunctions, itemIndex: number, name: string, label: string, type: string): string {
	const value = String(context.getNodeParameter(name, itemIndex, '') ?? '').trim();
	if (value === '') throw inputError(context, itemIndex, label, `is empty: a ${type} message needs it`);
	return value;
}

function coordinate(context: IExecuteFunctions, itemIndex: number, name: string, label: string, limit: number): number {
	const raw = context.getNodeParameter(name, itemIndex, undefined) as unknown;
	// Decimal text only: Number() would also read "0x10" as 16 and "1e1" as 10, a place nobody meant.
	const value = numberFrom(raw, 'paddedSignedDecimal');
	if (!Number.isFinite(value)) {
		throw inputError(context, itemIndex, label, `must be a decimal number such as -6.2607, got ${JSON.stringify(raw) ?? 'nothing'}`);
	}
	if (Math.abs(value) > limit) throw inputError(context, itemIndex, label, `must be between -${limit} and ${limit}, got ${value}`);
	return value;
}

/** AIRudder fetches the media itself and answers 10552 to anything but an http(s) link (scheme in lower case, as the sandbox checks). */
const WEB_LINK = /^https?:\/\/[^\s/?#]+\S*$/;

function mediaUrl(context: IExecuteFunctions, itemIndex: number, type: string): string {
	const url = requiredText(context, itemIndex, 'mediaUrl', 'Media URL', type);
	if (!WEB_LINK.test(url)) throw inputError(context, itemIndex, 'Media URL', `must be an http or https link such as https://example.com/invoice.pdf, got "${url}"`);
	return url;
}

function locationOf(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const latitude = coordinate(context, itemIndex, 'latitude', 'Latitude', 90);
	const longitude = coordinate(context, itemIndex, 'longitude', 'Longitude', 180);
	if (latitude === 0 && longitude === 0) throw inputError(context, itemIndex, 'Latitude', 'is 0, and so is "Longitude": a location message needs coordinates');
	const options = context.getNodeParameter('locationOptions', itemIndex, {}) as { name?: string; address?: string };
	const location: IDataObject = { [locationEntry.latitude]: latitude, [locationEntry.longitude]: longitude };
	if (options.name) location[locationEntry.name] = options.name;
	if (options.address) location[locationEntry.address] = options.address;
	return location;
}

/** Reads and checks an item's message; nothing is sent or uploaded here. */
export async function readMessageContent(context: IExecuteFunctions, itemIndex: number): Promise<MessageContent> {
	const type = context.getNodeParameter('messageType', itemIndex) as string;
	if (type === 'text') return { values: { type, text: requiredText(context, itemIndex, 'text', 'Text', type) } };
	if (type === 'location') return { values: { type, location: locationOf(context, itemIndex) } };
	if (!mediaTypes.includes(type)) throw inputError(context, itemIndex, 'Message Type', `"${type}" is not one of ${chatbotValues.messageTypes.join(', ')}`);
	const options = context.getNodeParameter('mediaOptions', itemIndex, {}) as { caption?: string; fileName?: string };
	const media: IDataObject = {};
	if (options.caption) media[mediaEntry.caption] = options.caption;
	if (options.fileName) media[mediaEntry.fileName] = options.fileName;
	const source = context.getNodeParameter('mediaSource', itemIndex) as string;
	if (source === 'url') media[mediaEntry.url] = mediaUrl(context, itemIndex, type);
	if (source === 'fileId') media[mediaEntry.fileId] = requiredText(context, itemIndex, 'fileId', 'File ID', type);
	const upload = source === 'binary' ? await fileOfItem(context, endpoints.fileUpload, itemIndex) : undefined;
	return { values: { type, media }, upload };
}

/** The media part after the binary was uploaded: it is sent by the file ID AIRudder gave. */
export function withUploadedFile(content: MessageContent, fileId: unknown): Record<string, unknown> {
	return { ...content.values, media: { ...(content.values.media as IDataObject), [mediaEntry.fileId]: fileId } };
}
