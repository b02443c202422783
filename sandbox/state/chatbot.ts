// Dev tooling for the iCall sandbox: never ships in the n8n package.
import type { VirtualClock } from '../clock';
import { chatbotValues } from '../contract';
import { SandboxError } from '../http/envelope';
import type { SeededRandom } from '../random';
import { chatbotErrorCodes } from './chatbotErrors';

export type ChatPhase = 'bot' | 'agent';
type SendStatus = (typeof chatbotValues.sendStatuses)[keyof typeof chatbotValues.sendStatuses];
type ConversationStatus = (typeof chatbotValues.conversationStatuses)[keyof typeof chatbotValues.conversationStatuses];

export interface ChatMessage {
	msgId: string;
	conversationId: string;
	senderType: string;
	/** Virtual ms. */
	at: number;
	status: SendStatus;
	phase: ChatPhase;
	type: string;
	text?: string;
	media?: Record<string, unknown>;
	location?: Record<string, unknown>;
	template?: { id: string; name: string; language: string };
	replyTo?: string;
}

export interface Conversation {
	conversationId: string;
	accountId: string;
	callee: string;
	status: ConversationStatus;
	phase: ChatPhase;
	startedAt: number;
	endedAt?: number;
	endReason?: string;
	seatId?: string;
	transferReason?: string;
	report?: Record<string, unknown>;
	messages: ChatMessage[];
}

/** What the world turns into callbacks. */
export interface ChatHooks {
	userMessage(conversation: Conversation, message: ChatMessage): void;
	messageStatus(conversation: Conversation, message: ChatMessage): void;
	transferRequested(conversation: Conversation): void;
	sessionEnded(conversation: Conversation): void;
	templateReply(conversation: Conversation, message: ChatMessage, template: ChatMessage): void;
}

/** Virtual delays of a sent message: delivered, then read by the user. */
export const deliveryDelayMs = 1_000;
export const readDelayMs = 5_000;

/** Conversations and their messages, moving on the virtual clock. */
export class ConversationStore {
	private readonly byId = new Map<string, Conversation>();
	private sequence = 0;

	constructor(
		private readonly clock: VirtualClock,
		private readonly random: SeededRandom,
		private readonly hooks: ChatHooks,
	) {}

	list(): Conversation[] {
		return [...this.byId.values()];
	}

	clear(): void {
		this.byId.clear();
	}

	require(conversationId: string, wire: string): Conversation {
		const conversation = this.byId.get(conversationId);
		if (!conversation) throw SandboxError.param(wire, `no conversation "${conversationId}"`, chatbotErrorCodes.conversationNotFound);
		return conversation;
	}

	requireOpen(conversationId: string, wire: string): Conversation {
		const conversation = this.require(conversationId, wire);
		if (conversation.status === 'closed') {
			throw SandboxError.param(wire, `conversation "${conversationId}" has ended`, chatbotErrorCodes.conversationClosed);
		}
		return conversation;
	}

	/** The open conversation with a number, or a new one. */
	openWith(accountId: string, callee: string): Conversation {
		const open = this.list().find((c) => c.accountId === accountId && c.callee === callee && c.status !== 'closed');
		if (open) return open;
		const conversation: Conversation = {
			conversationId: this.random.hexId(32, 'conversation', ++this.sequence),
			accountId,
			callee,
			status: 'open',
			phase: 'bot',
			startedAt: this.clock.now(),
			messages: [],
		};
		this.byId.set(conversation.conversationId, conversation);
		return conversation;
	}

	private newMessage(conversation: Conversation, fields: Omit<ChatMessage, 'msgId' | 'conversationId' | 'at' | 'phase'>): ChatMessage {
		const message: ChatMessage = {
			msgId: this.random.hexId(32, 'message', conversation.conversationId, conversation.messages.length),
			conversationId: conversation.conversationId,
			at: this.clock.now(),
			phase: conversation.phase,
			...fields,
		};
		conversation.messages.push(message);
		return message;
	}

	/** A message from our side (chatbot, or agent after a transfer); delivered and read on the clock. */
	send(conversation: Conversation, content: Omit<ChatMessage, 'msgId' | 'conversationId' | 'at' | 'phase' | 'senderType' | 'status'>): ChatMessage {
		const senderType = conversation.phase === 'agent' ? chatbotValues.senderTypes.agent : chatbotValues.senderTypes.chatbot;
		const message = this.newMessage(conversation, { ...content, senderType, status: chatbotValues.sendStatuses.sent });
		this.progress(conversation, message, chatbotValues.sendStatuses.delivered, deliveryDelayMs);
		this.progress(conversation, message, chatbotValues.sendStatuses.read, readDelayMs);
		return message;
	}

	/** A sent message that fails (e.g. a template to a number without WhatsApp). */
	fail(conversation: Conversation, message: ChatMessage): void {
		message.status = chatbotValues.sendStatuses.failed;
		this.hooks.messageStatus(conversation, message);
	}

	private progress(conversation: Conversation, message: ChatMessage, status: SendStatus, delayMs: number): void {
		this.clock.schedule(delayMs, `message ${message.msgId} ${status}`, () => {
			if (message.status === chatbotValues.sendStatuses.failed) return;
			message.status = status;
			this.hooks.messageStatus(conversation, message);
		});
	}

	/** The WhatsApp user writes (a test drives this); a reply to a template also answers it. */
	userWrites(conversation: Conversation, text: string, replyTo?: string): ChatMessage {
		if (conversation.status === 'closed') throw new Error(`conversation ${conversation.conversationId} has ended`);
		const message = this.newMessage(conversation, {
			senderType: chatbotValues.senderTypes.user,
			status: chatbotValues.sendStatuses.delivered,
			type: 'text',
			text,
			replyTo,
		});
		this.hooks.userMessage(conversation, message);
		const quoted = replyTo ? conversation.messages.find((m) => m.msgId === replyTo) : undefined;
		if (quoted?.template) this.hooks.templateReply(conversation, message, quoted);
		return message;
	}

	markRead(conversation: Conversation, msgId: string, wire: string): ChatMessage {
		const message = conversation.messages.find((m) => m.msgId === msgId);
		if (!message) throw SandboxError.param(wire, `no message "${msgId}" in conversation "${conversation.conversationId}"`, chatbotErrorCodes.messageNotFound);
		if (message.senderType !== chatbotValues.senderTypes.user) {
			throw SandboxError.param(wire, `message "${msgId}" was not sent by the user`, chatbotErrorCodes.messageNotFound);
		}
		message.status = chatbotValues.sendStatuses.read;
		return message;
	}

	requestTransfer(conversation: Conversation, reason: string): void {
		conversation.status = 'transferring';
		conversation.transferReason = reason;
		this.hooks.transferRequested(conversation);
	}

	answerTransfer(conversation: Conversation, accepted: boolean, seatId: string | undefined, wire: string): void {
		if (conversation.status !== 'transferring') {
			throw SandboxError.param(wire, `conversation "${conversation.conversationId}" has no pending agent transfer request`, chatbotErrorCodes.noTransferRequested);
		}
		conversation.status = accepted ? 'agent' : 'open';
		if (accepted) {
			conversation.phase = 'agent';
			conversation.seatId = seatId;
		}
	}

	end(conversation: Conversation, reason: string): void {
		conversation.status = 'closed';
		conversation.endedAt = this.clock.now();
		conversation.endReason = reason;
		this.hooks.sessionEnded(conversation);
	}
}
