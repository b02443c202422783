// Dev tooling for the iCall sandbox: never ships in the n8n package.
import type { UploadedFile } from './media/uploads';
import type { ChatMessage, Conversation } from './state/chatbot';
import { sandboxWabaAccounts } from './state/chatbotCatalog';
import type { ChatbotWorld } from './state/chatbotWorld';
import type { TemplateBatch } from './state/templateSends';

/** What a test sees of the chatbot model, and what the WhatsApp users on the other side do. */
export interface ChatbotControl {
	conversations(): ReadonlyArray<Readonly<Conversation>>;
	conversation(conversationId: string): Readonly<Conversation> | undefined;
	batches(): ReadonlyArray<Readonly<TemplateBatch>>;
	batch(batchId: string): Readonly<TemplateBatch> | undefined;
	uploads(): ReadonlyArray<Readonly<UploadedFile>>;
	upload(fileId: string): Readonly<UploadedFile> | undefined;
	/** A WhatsApp user writes to a WABA account (the first account by default): posts chatbot.userMessage. */
	userWrites(callee: string, text: string, options?: { accountId?: string; replyTo?: string }): { conversation: Readonly<Conversation>; message: Readonly<ChatMessage> };
	/** The chatbot asks for a human agent: posts chatbot.agentTransferRequest. */
	requestTransfer(conversationId: string, reason?: string): void;
	/** The user or the bot ends the session: posts chatbot.sessionEnd. */
	endSession(conversationId: string, reason?: string): void;
}

export function chatbotControl(chatbot: ChatbotWorld): ChatbotControl {
	const { conversations, templateSends, uploads } = chatbot;
	const find = (conversationId: string) => {
		const conversation = conversations.list().find((c) => c.conversationId === conversationId);
		if (!conversation) throw new Error(`sandbox: no conversation "${conversationId}"`);
		return conversation;
	};
	return {
		conversations: () => conversations.list(),
		conversation: (conversationId) => conversations.list().find((c) => c.conversationId === conversationId),
		batches: () => templateSends.list(),
		batch: (batchId) => templateSends.get(batchId),
		uploads: () => uploads.list(),
		upload: (fileId) => uploads.get(fileId),
		userWrites(callee, text, options = {}) {
			const conversation = conversations.openWith(options.accountId ?? sandboxWabaAccounts[0].id, callee);
			return { conversation, message: conversations.userWrites(conversation, text, options.replyTo) };
		},
		requestTransfer: (conversationId, reason = 'the user asked for a human') => conversations.requestTransfer(find(conversationId), reason),
		endSession: (conversationId, reason = 'user') => conversations.end(find(conversationId), reason),
	};
}

/** Forgets conversations, sends and uploaded files (sandbox reset). */
export function clearChatbot(chatbot: ChatbotWorld): void {
	chatbot.conversations.clear();
	chatbot.templateSends.clear();
	chatbot.uploads.clear();
}
