// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { conversationRow, messageRow, templateResultRow } from '../contract';
import type { ChatMessage, Conversation } from './chatbot';
import type { TemplateBatch } from './templateSends';

const seconds = (ms: number) => Math.floor(ms / 1000);
const isoTime = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Wire rows of the chatbot model, spelled with the contract's names. */
export function conversationRowOf(conversation: Conversation): Record<string, unknown> {
	const row: Record<string, unknown> = {
		[conversationRow.conversationId]: conversation.conversationId,
		[conversationRow.wabaAccountId]: conversation.accountId,
		[conversationRow.callee]: conversation.callee,
		[conversationRow.status]: conversation.status,
		[conversationRow.phase]: conversation.phase,
		[conversationRow.startTime]: isoTime(conversation.startedAt),
	};
	if (conversation.endedAt !== undefined) row[conversationRow.endTime] = isoTime(conversation.endedAt);
	if (conversation.seatId) row[conversationRow.seatId] = conversation.seatId;
	return row;
}

export function messageRowOf(message: ChatMessage): Record<string, unknown> {
	const content: Record<string, unknown> = { type: message.type };
	if (message.text !== undefined) content.text = message.text;
	if (message.template) content.template = { info: message.template, content: { body: message.text } };
	const row: Record<string, unknown> = {
		[messageRow.msgId]: message.msgId,
		[messageRow.conversationId]: message.conversationId,
		[messageRow.senderType]: message.senderType,
		[messageRow.timestamp]: seconds(message.at),
		[messageRow.status]: message.status,
		[messageRow.type]: message.type,
		[messageRow.content]: content,
		[messageRow.phase]: message.phase,
	};
	if (message.text !== undefined) row[messageRow.text] = message.text;
	if (message.media) row[messageRow.media] = message.media;
	if (message.location) row[messageRow.location] = message.location;
	return row;
}

export function batchRowOf(batch: TemplateBatch): Record<string, unknown> {
	return {
		[templateResultRow.batchId]: batch.batchId,
		[templateResultRow.results]: batch.results.map((result) => {
			const row: Record<string, unknown> = { [templateResultRow.callee]: result.callee, [templateResultRow.status]: result.status };
			if (result.caseId !== undefined) row[templateResultRow.caseId] = result.caseId;
			if (result.msgId !== undefined) row[templateResultRow.msgId] = result.msgId;
			if (result.reason !== undefined) row[templateResultRow.reason] = result.reason;
			return row;
		}),
	};
}

