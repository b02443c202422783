import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { endpoints } from '../../api/contract/chatbot';
import { chatbotValues, messageRow } from '../../api/contract/chatbotModel';
import { defineOperation, defineResource } from '../define';
import { dataAsItem, oneResultEach, requestFields, rowsEach, runPerItem, sendFields } from '../engine';
import { inputError, pagingProperties, readLocator } from '../fields';
import { isPreview, previewProperty, previewRequest, unsentAnswer } from '../preview';
import { readRequestSettings, requiredTextProperty } from '../sharedFields';
import type { MessageContent } from './messageContent';
import { contentProperties, readMessageContent, withUploadedFile } from './messageContent';
import { conversationLocator } from './pickers';
import { binaryPropertyParameter, uploadFile } from './uploads';

const getMany = defineOperation(
	endpoints.messageGetMany,
	{ name: 'Get Many', action: 'Get many messages', description: 'List the messages of a conversation, or only those of its agent phase' },
	[
		conversationLocator,
		{
			displayName: 'Agent Phase Only',
			name: 'agentPhase',
			type: 'boolean',
			default: false,
			description: 'Whether to list only the messages after the conversation was transferred to a human agent',
		},
		...pagingProperties,
	],
	rowsEach((context, itemIndex) => ({
		conversationId: readLocator(context, conversationLocator, itemIndex),
		phase: context.getNodeParameter('agentPhase', itemIndex, false) ? chatbotValues.agentPhase : undefined,
	})),
);

/**
 * The requests a message would send: the upload of its file first, when it has one (shown by name,
 * type and size), then the message, whose file ID would come from the upload's answer.
 */
function previewMessage(context: IExecuteFunctions, itemIndex: number, conversationId: string, content: MessageContent, fields: IDataObject): IDataObject[] {
	const endpoint = endpoints.messageSend;
	if (!content.upload) return [previewRequest(endpoint, fields)];
	const { fileName, mimeType, size } = content.upload;
	const fileId = unsentAnswer(endpoints.fileUpload)[endpoints.fileUpload.result.fileId];
	return [
		{ ...previewRequest(endpoints.fileUpload, {}), file: { fileName, mimeType, size } },
		previewRequest(endpoint, requestFields(context, endpoint, { conversationId, ...withUploadedFile(content, fileId) }, itemIndex)),
	];
}

const send = defineOperation(
	endpoints.messageSend,
	{
		name: 'Send',
		action: 'Send a message to a real person',
		description: 'Sends a WhatsApp message to a real person in an open conversation: text, image, document, audio, video or location',
	},
	[conversationLocator, ...contentProperties, previewProperty],
	/** A binary is uploaded first, then the message is sent with the file ID, in one run. */
	async function (items) {
		const endpoint = endpoints.messageSend;
		const preview = isPreview(this);
		return await runPerItem(
			this,
			items,
			readRequestSettings(this).concurrency,
			async (itemIndex, { conversationId, content, fields }) => {
				if (preview) return previewMessage(this, itemIndex, conversationId, content, fields);
				let wire = fields;
				if (content.upload) {
					const uploaded = await uploadFile(this, endpoints.fileUpload, content.upload, itemIndex);
					const fileId = uploaded[endpoints.fileUpload.result.fileId];
					if (fileId === undefined || fileId === null || fileId === '') {
						throw inputError(this, itemIndex, binaryPropertyParameter.displayName, `the upload of "${content.upload.fileName}" answered without a file ID`);
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
	},
);

const markRead = defineOperation(
	endpoints.messageMarkRead,
	{ name: 'Mark as Read', action: 'Mark a message as read', description: 'Mark a message from the WhatsApp user as read; the user sees it was read' },
	[
		conversationLocator,
		requiredTextProperty(
			'messageId',
			'Message ID',
			'The user message to mark as read (the WhatsApp user sees blue ticks)',
			`e.g. {{ $json.${messageRow.msgId} }}`,
		),
	],
	oneResultEach((context, itemIndex) => {
		const msgId = String(context.getNodeParameter('messageId', itemIndex, '') ?? '').trim();
		if (msgId === '') throw inputError(context, itemIndex, 'Message ID', 'is empty');
		return { conversationId: readLocator(context, conversationLocator, itemIndex), msgId };
	}),
);

export const message = defineResource('Message', [getMany, send, markRead], 'send');
