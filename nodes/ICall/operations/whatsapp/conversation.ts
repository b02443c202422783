import { endpoints } from '../../api/contract/chatbot';
import { chatbotValues } from '../../api/contract/chatbotModel';
import { defineOperation, defineResource, parseJsonObject } from '../define';
import { getManyPerItem, singlePerItem } from '../engine';
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
	async function (items) {
		return await getManyPerItem.call(this, items, endpoints.conversationGetMany, (itemIndex) => {
			const filters = this.getNodeParameter('filters', itemIndex, {}) as { startTime?: string; endTime?: string };
			return {
				wabaAccountId: readLocator(this, wabaAccountLocator, itemIndex),
				startTime: toClassicTime(filters.startTime, this.getTimezone()),
				endTime: toClassicTime(filters.endTime, this.getTimezone()),
			};
		});
	},
);

const end = defineOperation(
	endpoints.conversationEnd,
	{ name: 'End', action: 'End a conversation', description: 'Close the chatbot session; the WhatsApp user gets no further bot answers in it' },
	[conversationLocator],
	async function (items) {
		return await singlePerItem.call(this, items, endpoints.conversationEnd, (itemIndex) => ({
			conversationId: readLocator(this, conversationLocator, itemIndex),
		}));
	},
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
	async function (items) {
		return await singlePerItem.call(this, items, endpoints.conversationTransferResult, (itemIndex) => ({
			conversationId: readLocator(this, conversationLocator, itemIndex),
			result: this.getNodeParameter('transferResult', itemIndex) as string,
			seatId: (this.getNodeParameter('seatId', itemIndex, '') as string).trim(),
		}));
	},
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
	async function (items) {
		return await singlePerItem.call(this, items, endpoints.conversationReport, (itemIndex) => {
			const report = parseJsonObject(this, this.getNodeParameter('report', itemIndex, '{}'), reportLabel, itemIndex);
			if (Object.keys(report).length === 0) throw inputError(this, itemIndex, reportLabel, 'is empty; give at least one field');
			return { conversationId: readLocator(this, conversationLocator, itemIndex), report };
		});
	},
);

export const conversation = defineResource('Conversation', [getMany, end, transferResult, report]);
