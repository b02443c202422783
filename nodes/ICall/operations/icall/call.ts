import { callRow, endpoints } from '../../api/contract/calling';
import { defineOperation, defineResource } from '../define';
import { singlePerItem } from '../engine';
import { readText } from '../sharedFields';

const get = defineOperation(
	endpoints.callGet,
	{ name: 'Get', action: 'Get a call by ID', description: `Call details and recording link by ${callRow.callId}` },
	[
		{
			displayName: 'Call ID',
			name: 'callId',
			type: 'string',
			default: '',
			required: true,
			description: `The ${callRow.callId} of a call, as in call results and the call webhook`,
		},
	],
	async function (items) {
		// Left unset when empty, so that an ID given in Additional Body Fields still counts.
		return await singlePerItem.call(this, items, endpoints.callGet, (itemIndex) => ({ callId: readText(this, 'callId', itemIndex, 'Call ID') }));
	},
);

export const call = defineResource('Call', [get]);
