// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { chatbotValues, endpoints } from '../contract';
import { SandboxError } from '../http/envelope';
import type { ContactInput } from '../http/validation';
import type { UploadedFile } from '../media/uploads';
import { sandboxTemplates, sandboxWabaAccounts, templateRowOf, wabaAccountRowOf } from '../state/chatbotCatalog';
import { chatbotErrorCodes } from '../state/chatbotErrors';
import { batchRowOf, conversationRowOf, messageRowOf } from '../state/chatbotRows';
import { parseClassicTime } from '../state/times';
import { checkMessage, requireAccount, requireLanguage, requireTemplate, requireVariables } from './chatbotChecks';
import { paginate } from './paging';
import type { EndpointHandler, HandlerTable } from './types';

const e = endpoints;
const paging = { page: 'positiveInteger', size: 'positiveInteger' } as const;

const upload: EndpointHandler = {
	kinds: { file: 'file' },
	handle(world, { values }) {
		const file = values.file as UploadedFile;
		return { data: { [e.fileUpload.result.fileId]: file.fileId, [e.fileUpload.result.url]: world.chatbot.uploads.urlOf(file) } };
	},
};

/** The chatbot section (all M), with state: see state/chatbot.ts and state/templateSends.ts. */
export const chatbotHandlers: HandlerTable = {
	wabaAccountGetMany: { kinds: {}, handle: () => ({ data: sandboxWabaAccounts.map(wabaAccountRowOf) }) },

	templateGetMany: {
		kinds: paging,
		handle(_world, { values }) {
			const accountId = requireAccount(values.wabaAccountId, e.templateGetMany.fields.wabaAccountId.wire);
			const templates = sandboxTemplates.filter((template) => template.accountId === accountId);
			return { data: paginate(e.templateGetMany, templates, values, templateRowOf) };
		},
	},

	templateGet: {
		kinds: {},
		handle: (_world, { values }) => ({ data: templateRowOf(requireTemplate(values.templateId, e.templateGet.fields.templateId.wire)) }),
	},

	templateMessageSend: {
		kinds: { receivers: 'contacts' },
		handle(world, { values }) {
			const { fields } = e.templateMessageSend;
			const accountId = requireAccount(values.wabaAccountId, fields.wabaAccountId.wire);
			const template = requireTemplate(values.templateId, fields.templateId.wire, accountId);
			const language = requireLanguage(template, values.language, fields.language.wire);
			const receivers = (values.receivers as ContactInput[]).map((receiver, index) => ({
				callee: receiver.number,
				caseId: receiver.caseId,
				variables: requireVariables(template, receiver.variables, `${fields.receivers.wire}[${index}].${e.templateMessageSend.contacts.entry.variables}`),
			}));
			const batch = world.chatbot.templateSends.startBatch(template, language, receivers);
			return { data: { [e.templateMessageSend.result.batchId]: batch.batchId, total: receivers.length } };
		},
	},

	templateMessageSendSingle: {
		kinds: { callee: 'phone', variables: 'object' },
		handle(world, { values }) {
			const { fields } = e.templateMessageSendSingle;
			const accountId = requireAccount(values.wabaAccountId, fields.wabaAccountId.wire);
			const template = requireTemplate(values.templateId, fields.templateId.wire, accountId);
			const language = requireLanguage(template, values.language, fields.language.wire);
			const variables = requireVariables(template, values.variables, fields.variables.wire);
			const { message } = world.chatbot.templateSends.sendOne(template, language, { callee: values.callee as string, variables });
			return { data: messageRowOf(message) };
		},
	},

	templateMessageGetResult: {
		kinds: {},
		handle(world, { values }) {
			const batch = world.chatbot.templateSends.get(String(values.batchId));
			if (!batch) {
				throw SandboxError.param(e.templateMessageGetResult.fields.batchId.wire, `no template send "${String(values.batchId)}"`, chatbotErrorCodes.batchNotFound);
			}
			return { data: batchRowOf(batch) };
		},
	},

	conversationGetMany: {
		kinds: { ...paging, startTime: 'classicTime', endTime: 'classicTime' },
		handle(world, { values }) {
			const accountId = requireAccount(values.wabaAccountId, e.conversationGetMany.fields.wabaAccountId.wire);
			const from = values.startTime === undefined ? -Infinity : parseClassicTime(values.startTime as string);
			const to = values.endTime === undefined ? Infinity : parseClassicTime(values.endTime as string);
			const rows = world.chatbot.conversations
				.list()
				.filter((c) => c.accountId === accountId && c.startedAt >= from && c.startedAt < to);
			return { data: paginate(e.conversationGetMany, rows, values, conversationRowOf) };
		},
	},

	conversationEnd: {
		kinds: {},
		handle(world, { values }) {
			const conversation = world.chatbot.conversations.requireOpen(String(values.conversationId), e.conversationEnd.fields.conversationId.wire);
			world.chatbot.conversations.end(conversation, 'api');
			return { data: conversationRowOf(conversation) };
		},
	},

	conversationTransferResult: {
		kinds: {},
		handle(world, { values }) {
			const { fields } = e.conversationTransferResult;
			const conversation = world.chatbot.conversations.requireOpen(String(values.conversationId), fields.conversationId.wire);
			const [accepted, rejected] = chatbotValues.transferResults;
			if (values.result !== accepted && values.result !== rejected) {
				throw SandboxError.param(fields.result.wire, `must be "${accepted}" or "${rejected}", got "${String(values.result)}"`);
			}
			world.chatbot.conversations.answerTransfer(conversation, values.result === accepted, values.seatId as string | undefined, fields.conversationId.wire);
			return { data: conversationRowOf(conversation) };
		},
	},

	conversationReport: {
		kinds: { report: 'object' },
		handle(world, { values }) {
			const wire = e.conversationReport.fields.conversationId.wire;
			const conversation = world.chatbot.conversations.require(String(values.conversationId), wire);
			if (conversation.status !== 'closed') {
				throw SandboxError.param(wire, `conversation "${conversation.conversationId}" has not ended yet: end it first`, chatbotErrorCodes.sessionNotEnded);
			}
			conversation.report = values.report as Record<string, unknown>;
			return { data: conversationRowOf(conversation) };
		},
	},

	messageGetMany: {
		kinds: paging,
		handle(world, { values }) {
			const { fields } = e.messageGetMany;
			const conversation = world.chatbot.conversations.require(String(values.conversationId), fields.conversationId.wire);
			if (values.phase !== undefined && values.phase !== chatbotValues.agentPhase) {
				throw SandboxError.param(fields.phase.wire, `must be "${chatbotValues.agentPhase}" when given, got "${String(values.phase)}"`);
			}
			const messages = values.phase === undefined ? conversation.messages : conversation.messages.filter((m) => m.phase === 'agent');
			return { data: paginate(e.messageGetMany, messages, values, messageRowOf) };
		},
	},

	messageSend: {
		kinds: { media: 'object', location: 'object' },
		handle(world, { values }) {
			const { conversations, uploads } = world.chatbot;
			const conversation = conversations.requireOpen(String(values.conversationId), e.messageSend.fields.conversationId.wire);
			const message = conversations.send(conversation, checkMessage(values, uploads));
			return { data: messageRowOf(message) };
		},
	},

	messageMarkRead: {
		kinds: {},
		handle(world, { values }) {
			const { fields } = e.messageMarkRead;
			const conversation = world.chatbot.conversations.require(String(values.conversationId), fields.conversationId.wire);
			return { data: messageRowOf(world.chatbot.conversations.markRead(conversation, String(values.msgId), fields.msgId.wire)) };
		},
	},

	fileUpload: upload,
	fileUploadMapThumbnail: upload,
};
