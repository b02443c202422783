import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { endpoints } from '../../../contract';
import { forOperation } from '../../common/display';
import { escapeHatchProperty } from '../../common/escapeHatch';
import { readLocator } from '../../common/locators';
import { modeledNotice } from '../../common/modeledNotice';
import { dataAsItem, requestFields, sendForItem } from '../../common/send';
import { conversationLocator } from '../common/locators';
import { preparedPerItem } from '../common/preparedItems';
import { uploadFile } from '../common/upload';
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
	return await preparedPerItem(
		this,
		items,
		async (itemIndex) => {
			const conversationId = readLocator(this, conversationLocator, itemIndex);
			const content = await readMessageContent(this, itemIndex);
			// The escape hatch and required fields are checked now, before any item uploads or sends.
			requestFields(this, endpoint, { conversationId, ...content.values }, itemIndex);
			return { conversationId, content };
		},
		async ({ conversationId, content }, itemIndex) => {
			let values = content.values;
			if (content.upload) {
				const uploaded = await uploadFile(this, endpoints.fileUpload, content.upload, itemIndex);
				const fileId = uploaded[endpoints.fileUpload.result.fileId];
				if (fileId === undefined || fileId === null || fileId === '') {
					throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: the upload of "${content.upload.fileName}" answered without a file ID`, { itemIndex });
				}
				values = withUploadedFile(content, fileId);
			}
			const { body } = await sendForItem.call(this, endpoint, { conversationId, ...values }, itemIndex);
			return [dataAsItem(body)];
		},
	);
}
