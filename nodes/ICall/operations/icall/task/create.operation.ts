import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/calling';
import { contactProperties } from '../../contacts/list';
import { createWithContacts } from '../../contacts/send';
import { escapeHatchProperty, forOperation, modeledNotice } from '../../define';
import { inputError, numberFrom, readLocator, robotLocator } from '../../fields';
import { checkTaskName, createdNameProperty, replaceSpacesOption, sipLineOption, taskNameRule } from '../../sharedFields';
import { textValue } from '../../fields';
import { toClassicTime } from '../../time';

const endpoint = endpoints.taskCreate;

const properties: INodeProperties[] = [
	...modeledNotice(endpoint),
	createdNameProperty('taskName', 'Task Name', 'e.g. Collection_2026-11-25_AM', `${taskNameRule} (AIRudder's rule)`),
	robotLocator,
	...contactProperties(endpoint.contacts),
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
			{
				displayName: 'Robot Method',
				name: 'robotMethod',
				type: 'options',
				default: 'single',
				options: [
					{ name: 'Single Robot', value: 'single' },
					{ name: 'Robot Group', value: 'group' },
				],
			},
			sipLineOption,
		],
	},
	escapeHatchProperty(endpoint),
];

export const option: INodePropertyOptions = { name: 'Create', value: 'create', action: 'Create a calling task', description: 'Start a robot calling task for a list of numbers (dials real people)' };

export const description = forOperation('task', 'create', properties);

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

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await createWithContacts.call(this, items, endpoint, (itemIndex) => {
		const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as Record<string, unknown>;
		return {
			taskName: checkTaskName(this, itemIndex, this.getNodeParameter('taskName', itemIndex), fields.replaceSpacesInName === true),
			robotId: readLocator(this, robotLocator, itemIndex),
			sipLine: textValue(this, itemIndex, 'SIP Line', fields.sipLine),
			robotMethod: fields.robotMethod,
			...readCallWindow(this, itemIndex, fields),
			repeatInterval: readWholeNumber(this, itemIndex, fields.repeatInterval, 'Redial Interval (Minutes)', 1),
			repeatNumber: readWholeNumber(this, itemIndex, fields.repeatNumber, 'Redial Attempts', 0),
		};
	});
}
