/**
 * The names the WhatsApp node reads or sends inside the chatbot section's rows and messages. All
 * are our model: no chatbot page body was readable, so they follow the workflow chatbot webhook,
 * whose message model is documented. The sandbox extends these rows with the fields it answers.
 */

/** What the account picker reads of a row of wabaAccount.getMany. */
export const wabaAccountRow = { wabaAccountId: 'waba_account_id', name: 'name' } as const;

/** What the template picker and the template check read of a template row. */
export const templateRow = {
	templateId: 'template_id',
	name: 'name',
	/** Languages the template is approved in, e.g. ["en", "id"]. */
	languages: 'languages',
	/** Variable names the body needs, e.g. ["name", "amount"]. */
	variables: 'variables',
} as const;

/** What the conversation picker reads of a row of conversation.getMany. */
/** The message ID the editor's Mark Read field points to. */
export const messageRow = { msgId: 'msg_id' } as const;

export const conversationRow = { conversationId: 'conversation_id', callee: 'callee' } as const;

/** Values the node sends (documented in part by the workflow webhook: `agent` as a phase). */
export const chatbotValues = {
	messageTypes: ['text', 'image', 'document', 'audio', 'video', 'location'],
	mediaTypes: ['image', 'document', 'audio', 'video'],
	/** message.getMany's agent-phase variant and the agent-phase callbacks carry `phase: "agent"`. */
	agentPhase: 'agent',
	transferResults: ['accepted', 'rejected'],
} as const;

/** Inside `media` and `location` of message.send. */
export const mediaEntry = { url: 'url', fileId: 'file_id', caption: 'caption', fileName: 'filename' } as const;
export const locationEntry = { latitude: 'lat', longitude: 'lng', name: 'name', address: 'address' } as const;

/** Limits we set where the vendor's are unknown; the node lets the user change both. */
export const chatbotLimits = {
	/** Receivers per bulk template request (same model as the workflow `details` batch). */
	receiversPerRequest: 1000,
	/** Largest file the node uploads by default: WhatsApp's own document limit is 100 MB. */
	uploadMaxBytes: 100 * 1024 * 1024,
} as const;
