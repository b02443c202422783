// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { catalogEvent, payloadFor } from '../callbacks/dispatcher';
import { chatbotCallbackFields, conversationRow, messageRow, templateResultRow } from '../contract';
import type { ChatHooks, ChatMessage, Conversation } from './chatbot';
import { batchRowOf, messageRowOf } from './chatbotRows';
import type { TemplateBatch } from './templateSends';

const events = {
	templateResult: catalogEvent('chatbot.templateResult'),
	templateReply: catalogEvent('chatbot.templateReply'),
	transfer: catalogEvent('chatbot.agentTransferRequest'),
	transferAgent: catalogEvent('chatbot.agentTransferRequest.agentPhase'),
	status: catalogEvent('chatbot.messageStatus'),
	statusAgent: catalogEvent('chatbot.messageStatus.agentPhase'),
	userMessage: catalogEvent('chatbot.userMessage'),
	userMessageAgent: catalogEvent('chatbot.userMessage.agentPhase'),
	sessionEnd: catalogEvent('chatbot.sessionEnd'),
};

type Emit = (eventId: string, payload: Record<string, unknown>) => void;

/**
 * The chatbot callbacks of the catalog, posted from the model's state. Agent-phase variants are
 * chosen by the phase the message (or conversation) is in; payloads keep the catalog's keys only.
 */
export function chatbotCallbacks(emit: Emit): { hooks: ChatHooks; batchResolved(batch: TemplateBatch): void } {
	const post = (eventId: string, row: Record<string, unknown>) => emit(eventId, payloadFor(eventId, row));
	const inAgentPhase = (phase: string) => phase === 'agent';
	const conversationFields = (conversation: Conversation) => ({
		[conversationRow.conversationId]: conversation.conversationId,
		[conversationRow.phase]: conversation.phase,
	});
	return {
		hooks: {
			userMessage: (_conversation, message) =>
				post(inAgentPhase(message.phase) ? events.userMessageAgent : events.userMessage, messageRowOf(message)),
			messageStatus: (_conversation, message) =>
				post(inAgentPhase(message.phase) ? events.statusAgent : events.status, messageRowOf(message)),
			transferRequested: (conversation) =>
				post(inAgentPhase(conversation.phase) ? events.transferAgent : events.transfer, {
					...conversationFields(conversation),
					[chatbotCallbackFields.transferReason]: conversation.transferReason,
				}),
			sessionEnded: (conversation) =>
				post(events.sessionEnd, { ...conversationFields(conversation), [chatbotCallbackFields.sessionEndReason]: conversation.endReason }),
			templateReply: (conversation: Conversation, message: ChatMessage, template: ChatMessage) =>
				post(events.templateReply, {
					[messageRow.msgId]: template.msgId,
					[chatbotCallbackFields.reply]: { [messageRow.msgId]: message.msgId, [messageRow.text]: message.text, [messageRow.timestamp]: Math.floor(message.at / 1000) },
					[templateResultRow.callee]: conversation.callee,
				}),
		},
		batchResolved: (batch) => post(events.templateResult, batchRowOf(batch)),
	};
}
