import { endpoints } from '../../api/contract/calling';
import { fromNowOn } from '../contacts/hoursCheck';
import { contactProperties } from '../contacts/list';
import { safeDialingProperties } from '../contacts/safeDialing';
import { createWithContacts } from '../contacts/send';
import { defineOperation, defineResource } from '../define';
import { oneResultEach, rowsEach } from '../engine';
import { pagingProperties, phoneProperty, planLocator, readLocator, readPhone, strategyLocator, textValue } from '../fields';
import { numberRecordingsOperation } from '../recordings';
import { createdNameProperty, sipLineOption } from '../sharedFields';

const create = defineOperation(
	endpoints.planCreate,
	{
		name: 'Create',
		action: 'Create a dialing plan that dials real people in rounds (preview first to see who)',
		description: 'Start a multi-round plan that follows a strategy: the robot phones every real person on the list, round after round',
	},
	[
		createdNameProperty('planName', 'Plan Name', 'e.g. Early-stage collection, 3 rounds'),
		strategyLocator,
		...contactProperties(endpoints.planCreate.contacts),
		...safeDialingProperties(true),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [sipLineOption],
		},
	],
	/** A plan dials in rounds by its strategy; each round is a calling task. */
	async function (items) {
		return await createWithContacts.call(this, items, endpoints.planCreate, (itemIndex) => {
			const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as Record<string, unknown>;
			return {
				// Text even when an expression gives a number: AIRudder refuses a name that is not a string.
				planName: textValue(this, itemIndex, 'Plan Name', this.getNodeParameter('planName', itemIndex)),
				strategyId: readLocator(this, strategyLocator, itemIndex),
				sipLine: textValue(this, itemIndex, 'SIP Line', fields.sipLine),
			};
		}, { callWindow: fromNowOn });
	},
);

const getStatus = defineOperation(
	endpoints.planGetStatus,
	{ name: 'Get Status', action: 'Get the status of a plan', description: 'Progress and state of a plan' },
	[planLocator],
	oneResultEach((context, itemIndex) => ({ planId: readLocator(context, planLocator, itemIndex) })),
);

const getRounds = defineOperation(
	endpoints.planGetRounds,
	{ name: 'Get Rounds', action: 'Get the rounds of a plan', description: 'One item per round with its task' },
	[planLocator, ...pagingProperties],
	/** One item per round, each with the TaskID of that round's calling task. */
	rowsEach((context, itemIndex) => ({ planId: readLocator(context, planLocator, itemIndex) })),
);

const cancelCall = defineOperation(
	endpoints.planCancelCall,
	{ name: 'Cancel Call', action: 'Cancel one number in a plan', description: 'Take one number out of the remaining rounds' },
	[planLocator, phoneProperty('calleeNumber', 'Phone Number', 'The number whose remaining calls in the plan should not be made, in E.164')],
	oneResultEach((context, itemIndex) => ({
		planId: readLocator(context, planLocator, itemIndex),
		calleeNumber: readPhone(context, 'calleeNumber', 'Phone Number', itemIndex),
	})),
);

/** One item per recording of the number, across the plan's rounds. */
const getNumberRecordings = numberRecordingsOperation(
	endpoints.planGetNumberRecordings,
	{ name: 'Get Number Recordings', action: 'Get all recordings of a number in a plan', description: 'Recordings of one number across all rounds' },
	planLocator,
	'planId',
	'The number whose recordings across all rounds you want, in E.164',
);

export const plan = defineResource('Plan', [create, getStatus, getRounds, cancelCall, getNumberRecordings]);
