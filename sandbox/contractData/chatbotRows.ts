// Dev only: the chatbot section's rows, statuses and callback fields as the sandbox answers and
// posts them. All our model (no chatbot page body was readable); names follow the workflow chatbot
// webhook (D). The rows and values the node reads start from its names in
// api/contract/chatbotModel.ts, so each wire name is written once.
import {
	chatbotValues as sentValues,
	conversationRow as pickedConversationRow,
	messageRow as namedMessageRow,
	templateRow as pickedTemplateRow,
	wabaAccountRow as pickedAccountRow,
} from '../../nodes/ICall/api/contract/chatbotModel';

/** One WABA account row of wabaAccount.getMany. */
export const wabaAccountRow = { ...pickedAccountRow, phoneNumber: 'phone_number', status: 'status' } as const;

/** One template row of template.getMany / template.get (`info.id/name/language` of the D message model). */
export const templateRow = {
	...pickedTemplateRow,
	wabaAccountId: 'waba_account_id',
	category: 'category',
	status: 'status',
	content: 'content',
} as const;

/** One conversation row of conversation.getMany. */
export const conversationRow = {
	...pickedConversationRow,
	wabaAccountId: 'waba_account_id',
	status: 'status',
	phase: 'phase',
	startTime: 'start_time',
	endTime: 'end_time',
	seatId: 'seat_id',
} as const;

/** One message row of message.getMany, after the D message model of the workflow webhook. */
export const messageRow = {
	...namedMessageRow,
	conversationId: 'conversation_id',
	senderType: 'sender_type',
	timestamp: 'timestamp',
	status: 'status',
	content: 'content',
	type: 'type',
	text: 'text',
	media: 'media',
	location: 'location',
	phase: 'phase',
} as const;

/** One receiver's outcome in templateMessage.getResult and in the template result callback (M). */
export const templateResultRow = {
	batchId: 'batch_id',
	results: 'results',
	callee: 'callee',
	caseId: 'case_id',
	msgId: 'msg_id',
	status: 'status',
	reason: 'reason',
} as const;

/** Values on the wire (M; `user`/`chatbot`/`system`, `delivery`/`read` are D from the workflow webhook). */
export const chatbotValues = {
	...sentValues,
	senderTypes: { user: 'user', chatbot: 'chatbot', agent: 'agent', system: 'system' },
	sendStatuses: { pending: 'pending', sent: 'sent', delivered: 'delivery', read: 'read', failed: 'failed' },
	conversationStatuses: { open: 'open', transferring: 'transferring', agent: 'agent', closed: 'closed' },
} as const;

/** Fields of the chatbot callbacks beyond the row names above (M; the trigger's event catalog lists them). */
export const chatbotCallbackFields = {
	transferReason: 'transfer_reason',
	sessionEndReason: 'session_end_reason',
	reply: 'reply',
} as const;
