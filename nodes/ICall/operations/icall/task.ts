import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { endpoints, taskListTypes, taskRow } from '../../api/contract/calling';
import { conventions } from '../../api/contract/conventions';
import { fetchRows } from '../../api/paging';
import { createOnce, nameExistsProperty } from '../contacts/createOnce';
import type { CallWindow } from '../contacts/hoursCheck';
import { contactProperties } from '../contacts/list';
import { safeDialingProperties } from '../contacts/safeDialing';
import { createWithContacts } from '../contacts/send';
import { defineOperation, defineResource } from '../define';
import { oneResultEach, rowsEach, toWire } from '../engine';
import { checkChoice, inputError, numberFrom, pagingProperties, phoneProperty, readLocator, readPhone, robotLocator, taskLocator, textValue } from '../fields';
import { checkTaskName, createdNameProperty, readRequestSettings, replaceSpacesOption, sipLineOption, taskNameRule } from '../sharedFields';
import { toClassicTime, toInstant } from '../time';

/**
 * Reads the call window; refuses a date that is not a real one, and an end that is not after the
 * start. A JS Date from an expression is read in the n8n workflow's time zone, like the date picker.
 */
function readCallWindow(context: IExecuteFunctions, itemIndex: number, fields: Record<string, unknown>) {
	const window: { scheduleStartTime?: string; scheduleEndTime?: string } = {};
	for (const [key, parameter, label] of [
		['scheduleStartTime', 'startTime', 'Call Window Start'],
		['scheduleEndTime', 'endTime', 'Call Window End'],
	] as const) {
		const raw = fields[parameter];
		window[key] = toClassicTime(raw, context.getTimezone());
		if (raw && !window[key]) throw inputError(context, itemIndex, label, `"${String(raw)}" is not a real date and time`);
	}
	const { scheduleStartTime: start, scheduleEndTime: end } = window;
	if (start && end && start >= end) throw inputError(context, itemIndex, 'Call Window End', `${end} is not after the Call Window Start ${start}`);
	return window;
}

/**
 * The call window as instants, for the Calling Hours: the wall times sent are read where AIRudder reads
 * them (the contract's modeled zone, or the user's Call Window Time Zone); a start in the past is now.
 */
function callWindowOf(fields: Record<string, unknown>, options: Record<string, unknown>): CallWindow {
	const zone = typeof options.callWindowZone === 'string' && options.callWindowZone.trim() !== '' ? options.callWindowZone.trim() : conventions.times.classicZone.zone;
	const start = toInstant(fields.scheduleStartTime, zone);
	return { start: Math.max(Date.now(), start ?? 0), end: toInstant(fields.scheduleEndTime, zone) };
}

/** Every calling task of this name; names are unique at AIRudder, so there is one at most unless the rule changed. */
async function tasksNamed(context: IExecuteFunctions, name: string, itemIndex: number): Promise<IDataObject[]> {
	const fields = toWire(endpoints.taskGetMany, { type: taskListTypes.task });
	const { rows } = await fetchRows.call(context, endpoints.taskGetMany, { fields, itemIndex, retry: readRequestSettings(context).retry });
	return rows.filter((row) => row[taskRow.taskName] === name);
}

/**
 * Redial settings are whole numbers. n8n's number field can still carry a fraction, a boolean or
 * blank text from an expression, which Number() would quietly turn into 1 or 0.
 */
function readWholeNumber(context: IExecuteFunctions, itemIndex: number, value: unknown, label: string, min: number): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const number = numberFrom(value, 'paddedDigits');
	if (!Number.isInteger(number) || number < min) {
		throw inputError(context, itemIndex, label, `must be a whole number of at least ${min}, got ${JSON.stringify(value)}`);
	}
	return number;
}

const robotMethodField: INodeProperties = {
	displayName: 'Robot Method',
	name: 'robotMethod',
	type: 'options',
	default: 'single',
	options: [
		{ name: 'Single Robot', value: 'single' },
		{ name: 'Robot Group', value: 'group' },
	],
};

const create = defineOperation(
	endpoints.taskCreate,
	{
		name: 'Create',
		action: 'Create a calling task that dials real people (preview first to see who)',
		description: 'Start a robot calling task for a list of numbers: the robot phones every real person on it',
	},
	[
		createdNameProperty('taskName', 'Task Name', 'e.g. Collection_2026-11-25_AM', `${taskNameRule} (AIRudder's rule)`),
		nameExistsProperty('task'),
		robotLocator,
		...contactProperties(endpoints.taskCreate.contacts),
		...safeDialingProperties(true),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Call Window End',
					name: 'endTime',
					type: 'dateTime',
					default: '',
					description: 'No calls after this time. Sent as YYYY-MM-DD HH:mm:ss.',
				},
				{
					displayName: 'Call Window Start',
					name: 'startTime',
					type: 'dateTime',
					default: '',
					description: 'No calls before this time. Sent as YYYY-MM-DD HH:mm:ss.',
				},
				{
					displayName: 'Call Window Time Zone',
					name: 'callWindowZone',
					type: 'string',
					default: '',
					placeholder: 'e.g. Asia/Jakarta',
					description:
						'The zone AIRudder reads the call window in, for the Calling Hours check only (the times are sent as written). Empty: UTC+8, our model, since AIRudder does not document it.',
				},
				{
					displayName: 'Redial Attempts',
					name: 'repeatNumber',
					type: 'number',
					typeOptions: { minValue: 0, numberPrecision: 0 },
					default: 0,
					description: 'How many more times to call a number that did not answer',
				},
				{
					displayName: 'Redial Interval (Minutes)',
					name: 'repeatInterval',
					type: 'number',
					typeOptions: { minValue: 1, numberPrecision: 0 },
					default: 10,
					description: 'Time between redials; the vendor does not state the unit, minutes is our reading',
				},
				replaceSpacesOption,
				robotMethodField,
				sipLineOption,
			],
		},
	],
	async function (items) {
		return await createWithContacts.call(this, items, endpoints.taskCreate, (itemIndex) => {
			const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as Record<string, unknown>;
			return {
				taskName: checkTaskName(this, itemIndex, this.getNodeParameter('taskName', itemIndex), fields.replaceSpacesInName === true),
				robotId: readLocator(this, robotLocator, itemIndex),
				sipLine: textValue(this, itemIndex, 'SIP Line', fields.sipLine),
				robotMethod: fields.robotMethod === undefined ? undefined : checkChoice(this, itemIndex, robotMethodField, fields.robotMethod),
				...readCallWindow(this, itemIndex, fields),
				repeatInterval: readWholeNumber(this, itemIndex, fields.repeatInterval, 'Redial Interval (Minutes)', 1),
				repeatNumber: readWholeNumber(this, itemIndex, fields.repeatNumber, 'Redial Attempts', 0),
			};
		}, {
			callWindow: (fields, itemIndex) => callWindowOf(fields, this.getNodeParameter('additionalFields', itemIndex, {}) as Record<string, unknown>),
			createOnce: createOnce(this, {
				endpoint: endpoints.taskCreate,
				nameKey: 'taskName',
				nameLabel: 'Task Name',
				thing: 'task',
				findByName: async (name, itemIndex) => await tasksNamed(this, name, itemIndex),
			}),
		});
	},
);

const get = defineOperation(
	endpoints.taskGet,
	{ name: 'Get', action: 'Get the calls of a task', description: 'One item per call with status, duration, intention and recording link' },
	[taskLocator, ...pagingProperties],
	/** One item per call of the task: the same fields as the call webhook. */
	rowsEach((context, itemIndex) => ({ taskId: readLocator(context, taskLocator, itemIndex) })),
);

const taskTypeField: INodeProperties = {
	displayName: 'Task Type',
	name: 'taskType',
	type: 'options',
	default: 'task',
	options: [
		{ name: 'Calling Tasks', value: 'task' },
		{ name: 'Plans (Modeled)', value: 'plan' },
	],
	description: 'Which kind of list AIRudder returns',
};

const getMany = defineOperation(
	endpoints.taskGetMany,
	{ name: 'Get Many', action: 'Get many tasks', description: 'List the tasks created in your account' },
	[
		...pagingProperties,
		taskTypeField,
	],
	rowsEach((context, itemIndex) => ({
		type: taskListTypes[checkChoice(context, itemIndex, taskTypeField, context.getNodeParameter('taskType', itemIndex) as keyof typeof taskListTypes)],
	})),
);

const stop = defineOperation(
	endpoints.taskStop,
	{ name: 'Stop', action: 'Stop a task', description: 'Cancel a calling task: no further calls are made' },
	[taskLocator],
	oneResultEach((context, itemIndex) => ({ taskId: readLocator(context, taskLocator, itemIndex) })),
);

const cancelCall = defineOperation(
	endpoints.taskCancelCall,
	{ name: 'Cancel Call', action: 'Cancel one call in a task', description: 'Take one number out of a running task' },
	[taskLocator, phoneProperty('calleeNumber', 'Phone Number', 'The number whose call should not be made, in E.164')],
	oneResultEach((context, itemIndex) => ({
		taskId: readLocator(context, taskLocator, itemIndex),
		calleeNumber: readPhone(context, 'calleeNumber', 'Phone Number', itemIndex),
	})),
);

export const task = defineResource('Task', [create, get, getMany, stop, cancelCall]);
