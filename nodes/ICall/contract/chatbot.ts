import type { ContactList, Endpoint, HttpMethod, WireField } from './types';

/**
 * No request body of the chatbot section was readable: every fact here is M.
 * A compact builder keeps the table readable; each field's wire name is the snake_case form.
 */
function modeled(
	resource: string,
	operation: string,
	title: string,
	method: HttpMethod,
	path: string,
	wireNames: Record<string, string>,
	extra: Partial<Endpoint> = {},
): Endpoint {
	const fields: Record<string, WireField> = {};
	for (const [key, wire] of Object.entries(wireNames)) fields[key] = { wire, tag: 'M' };
	return {
		resource,
		operation,
		family: 'chatbot',
		title,
		method,
		path,
		tag: 'M',
		fields,
		implemented: false,
		...extra,
	};
}

const paging = { page: 'page', size: 'page_size' };
/** The receivers of a bulk template send (M), shaped like workflow contacts. */
const templateReceivers: ContactList = {
	field: 'receivers',
	entry: { number: 'callee', caseId: 'case_id', variables: 'variables' },
	tag: 'M',
};

export const chatbotEndpoints = {
	wabaAccountGetMany: modeled('wabaAccount', 'getMany', 'Query available WABA accounts', 'GET', '/service/cloud/chatbot/accounts', {}),
	templateGetMany: modeled('template', 'getMany', 'Query the template list', 'GET', '/service/cloud/chatbot/templates',
		{ wabaAccountId: 'waba_account_id', ...paging }, { pagination: paging }),
	templateGet: modeled('template', 'get', 'Template details', 'GET', '/service/cloud/chatbot/template', { templateId: 'template_id' }),
	templateMessageSend: modeled('templateMessage', 'send', 'Send template message (bulk)', 'POST', '/service/cloud/chatbot/template/send',
		{ wabaAccountId: 'waba_account_id', templateId: 'template_id', language: 'language', receivers: 'receivers' },
		{ contacts: templateReceivers, result: { batchId: 'batch_id' } }),
	templateMessageSendSingle: modeled('templateMessage', 'sendSingle', 'Send single template message', 'POST', '/service/cloud/chatbot/template/sendsingle',
		{ wabaAccountId: 'waba_account_id', templateId: 'template_id', language: 'language', callee: 'callee', variables: 'variables' }),
	templateMessageGetResult: modeled('templateMessage', 'getResult', 'Query the template message sending result', 'GET', '/service/cloud/chatbot/template/result',
		{ batchId: 'batch_id' }),
	conversationGetMany: modeled('conversation', 'getMany', 'Query conversation list', 'GET', '/service/cloud/chatbot/conversations',
		{ wabaAccountId: 'waba_account_id', startTime: 'start_time', endTime: 'end_time', ...paging }, { pagination: paging }),
	conversationEnd: modeled('conversation', 'end', 'End session', 'POST', '/service/cloud/chatbot/session/end', { conversationId: 'conversation_id' }),
	conversationTransferResult: modeled('conversation', 'transferResult', 'Agent transfer result', 'POST', '/service/cloud/chatbot/agent/transferresult',
		{ conversationId: 'conversation_id', result: 'result', seatId: 'seat_id' }),
	conversationReport: modeled('conversation', 'report', 'Report after session ends', 'POST', '/service/cloud/chatbot/session/report',
		{ conversationId: 'conversation_id', report: 'report' }),
	messageGetMany: modeled('message', 'getMany', 'Query message list (and the agent-phase variant)', 'GET', '/service/cloud/chatbot/messages',
		{ conversationId: 'conversation_id', phase: 'phase', ...paging }, { pagination: paging }),
	messageSend: modeled('message', 'send', 'Send regular message', 'POST', '/service/cloud/chatbot/message/send',
		{ conversationId: 'conversation_id', type: 'type', text: 'text', media: 'media', location: 'location' }),
	messageMarkRead: modeled('message', 'markRead', 'Mark user message as read', 'POST', '/service/cloud/chatbot/message/read',
		{ conversationId: 'conversation_id', msgId: 'msg_id' }),
	fileUpload: modeled('file', 'upload', 'Upload file', 'POST', '/service/cloud/chatbot/file/upload', { file: 'file' },
		{ multipart: true, result: { fileId: 'file_id', url: 'url' } }),
	fileUploadMapThumbnail: modeled('file', 'uploadMapThumbnail', 'Upload file (Google maps thumbnail)', 'POST',
		'/service/cloud/chatbot/file/uploadmapthumbnail', { file: 'file' }, { multipart: true, result: { fileId: 'file_id', url: 'url' } }),
};
