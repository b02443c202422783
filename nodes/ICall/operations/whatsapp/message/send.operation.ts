import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/chatbot';
import { escapeHatchProperty, forOperation, modeledNotice } from '../../define';
import { dataAsItem, requestFields, runPerItem, sendFields } from '../../engine';
import { readLocator } from '../../fields';
import { readRequestSettings } from '../../sharedFields';
import { uploadFile } from '../files';
import { conversationLocator } from '../pickers';
import { contentProperties, readMessageContent, withUploadedFile } from './content';

const endpoint = endpoints.messageSend;

const properties: INodeProperties[] = [...modeledNotice(endpoint), conversationLocator, ...contentProperties, escapeHatchProperty(endpoint)];

export const option: INodePropertyOptions = {
	name: 'Send',
	value: 'send',
	action: 'Send a message',
	description: 'Sends a WhatsApp message to a real person in an open conversation: text, image, document, audio, video or location',
};

export const description = forOperation('message', 'send', properties);

/** A binary is uploaded first, then the message is sent with the file ID, in one run. */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await runPerItem(
		this,
		items,
		readRequestSettings(this).concurrency,
		async (itemIndex, { conversationId, content, fields }) => {
			let wire = fields;
			if (content.upload) {
				const uploaded = await uploadFile(this, endpoints.fileUpload, content.upload, itemIndex);
				const fileId = uploaded[endpoints.fileUpload.result.fileId];
				if (fileId === undefined || fileId === null || fileId === '') {
					throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: the upload of "${content.upload.fileName}" answered without a file ID`, { itemIndex });
				}
				wire = requestFields(this, endpoint, { conversationId, ...withUploadedFile(content, fileId) }, itemIndex);
			}
			return [dataAsItem((await sendFields.call(this, endpoint, wire, itemIndex)).body)];
		},
		// The escape hatch and required fields are checked here, before any item uploads or sends.
		async (itemIndex: number) => {
			const conversationId = readLocator(this, conversationLocator, itemIndex);
			const content = await readMessageContent(this, itemIndex);
			return { conversationId, content, fields: requestFields(this, endpoint, { conversationId, ...content.values }, itemIndex) };
		},
	);
}
