import { endpoints } from '../../api/contract/chatbot';
import { chatbotValues } from '../../api/contract/chatbotModel';
import { defineOperation, defineResource, parseJsonObject } from '../define';
import { oneResultEach, rowsEach } from '../engine';
import { inputError, pagingProperties, readLocator } from '../fields';
import { textProperty } from '../sharedFields';
import { toClassicTime } from '../time';
import { conversationLocator, wabaAccountLocator } from './pickers';

const [accepted, rejected] = chatbotValues.transferResults;

const getMany = defineOperation(
	endpoints.conversationGetMany,
	{ name: 'Get Many', action: 'Get many conversations', description: 'List the chatbot conversations of a WABA account' },
	[
		wabaAccountLocator,
		...pagingProperties,
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add filter',
			default: {},
			options: [
				{ displayName: 'Started After', name: 'startTime', type: 'dateTime', default: '', description: 'Only conversations that started at or after this time' },
				{ displayName: 'Started Before', name: 'endTime', type: 'dateTime', default: '', description: 'Only conversations that started before this time' },
			],
		},
	],
	rowsEach((context, itemIndex) => {
		const filters = context.getNodeParameter('filters', itemIndex, {}) as { startTime?: string; endTime?: string };
		return {
			wabaAccountId: readLocator(context, wabaAccountLocator, itemIndex),
			startTime: toClassicTime(filters.startTime, context.getTimezone()),
			endTime: toClassicTime(filters.endTime, context.getTimezone()),
		};
	}),
);

const end = defineOperation(
	endpoints.conversationEnd,
	{ name: 'End', action: 'End a conversation', description: 'Close the chatbot session; the WhatsApp user gets no further bot answers in it' },
	[conversationLocator],
	oneResultEach((context, itemIndex) => ({
		conversationId: readLocator(context, conversationLocator, itemIndex),
	})),
);

const transferResult = defineOperation(
	endpoints.conversationTransferResult,
	{
		name: 'Set Transfer Result',
		action: 'Set the agent transfer result of a conversation',
		description: 'Answer an agent transfer request: accepted (with the agent seat) or rejected',
	},
	[
		conversationLocator,
		{
			displayName: 'Result',
			name: 'transferResult',
			type: 'options',
			default: accepted,
			options: [
				{ name: 'Accepted', value: accepted, description: 'An agent takes the conversation over' },
				{ name: 'Rejected', value: rejected, description: 'No agent takes it; the chatbot keeps it' },
			],
			description: 'Your answer to the agent transfer request AIRudder sent',
		},
		textProperty('seatId', 'Agent Seat ID', 'The seat of the agent who takes the conversation (for an accepted transfer)'),
	],
	oneResultEach((context, itemIndex) => ({
		conversationId: readLocator(context, conversationLocator, itemIndex),
		result: context.getNodeParameter('transferResult', itemIndex) as string,
		seatId: (context.getNodeParameter('seatId', itemIndex, '') as string).trim(),
	})),
);

const reportLabel = 'Report (JSON)';

const report = defineOperation(
	endpoints.conversationReport,
	{ name: 'Report', action: 'Report on an ended conversation', description: 'Send your report about a conversation after its session ended' },
	[
		conversationLocator,
		{
			displayName: reportLabel,
			name: 'report',
			type: 'json',
			default: '{}',
			required: true,
			description: 'What you report about the ended session, e.g. {"result": "paid", "note": "promised Friday"}',
		},
	],
	oneResultEach((context, itemIndex) => {
		const report = parseJsonObject(context, context.getNodeParameter('report', itemIndex, '{}'), reportLabel, itemIndex);
		if (Object.keys(report).length === 0) throw inputError(context, itemIndex, reportLabel, 'is empty; give at least one field');
		return { conversationId: readLocator(context, conversationLocator, itemIndex), report };
	}),
);

export const conversation = defineResource('Conversation', [getMany, end, transferResult, report]);
