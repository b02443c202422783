/**
 * The chatbot section's data model (all M: no chatbot page body was readable). Names follow the
 * workflow chatbot webhook (D), whose message model is the only field-level evidence of this family.
 * The node, the sandbox and the tests read these names; a correction is a one-line change here.
 */

/** One WABA account row of wabaAccount.getMany (M). */

export const wabaAccountRow = {
	wabaAccountId: 'waba_account_id',
	name: 'name',
	phoneNumber: 'phone_number',
	status: 'status',
} as const;

/** One template row of template.getMany / template.get (M; `info.id/name/language` of the D message model). */
export const templateRow = {
	templateId: 'template_id',
	name: 'name',
	wabaAccountId: 'waba_account_id',
	/** Languages the template is approved in, e.g. ["en", "id"]. */
	languages: 'languages',
	/** Variable names the body needs, e.g. ["name", "amount"]. */
	variables: 'variables',
	category: 'category',
	status: 'status',
	content: 'content',
} as const;

/** One conversation row of conversation.getMany (M). */
export const conversationRow = {
	conversationId: 'conversation_id',
	wabaAccountId: 'waba_account_id',
	callee: 'callee',
	status: 'status',
	phase: 'phase',
	startTime: 'start_time',
	endTime: 'end_time',
	seatId: 'seat_id',
} as const;

/** One message row of message.getMany, after the D message model of the workflow webhook. */
export const messageRow = {
	msgId: 'msg_id',
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
	messageTypes: ['text', 'image', 'document', 'audio', 'video', 'location'],
	mediaTypes: ['image', 'document', 'audio', 'video'],
	senderTypes: { user: 'user', chatbot: 'chatbot', agent: 'agent', system: 'system' },
	/** message.getMany's agent-phase variant and the agent-phase callbacks carry `phase: "agent"`. */
	agentPhase: 'agent',
	transferResults: ['accepted', 'rejected'],
	sendStatuses: { pending: 'pending', sent: 'sent', delivered: 'delivery', read: 'read', failed: 'failed' },
	conversationStatuses: { open: 'open', transferring: 'transferring', agent: 'agent', closed: 'closed' },
} as const;

/** Inside `media` and `location` of message.send (M). */
export const mediaEntry = { url: 'url', fileId: 'file_id', caption: 'caption', fileName: 'filename' } as const;
export const locationEntry = { latitude: 'lat', longitude: 'lng', name: 'name', address: 'address' } as const;

/** Limits we set where the vendor's are unknown (M); the node lets the user change both. */
export const chatbotLimits = {
	/** Receivers per bulk template request (same model as the workflow `details` batch). */
	receiversPerRequest: 1000,
	/** Largest file the node uploads by default: WhatsApp's own document limit is 100 MB. */
	uploadMaxBytes: 100 * 1024 * 1024,
} as const;

/** Fields of the chatbot callbacks beyond the row names above (M; the catalog in events.ts lists them). */
export const chatbotCallbackFields = {
	transferReason: 'transfer_reason',
	sessionEndReason: 'session_end_reason',
	reply: 'reply',
} as const;
