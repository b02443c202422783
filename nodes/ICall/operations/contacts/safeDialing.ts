import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { inputError, numberFrom } from '../fields';
import { previewProperty } from '../preview';
import { callingHoursProperty } from './callingHours';

/**
 * The editor fields that keep a send safe for the people on the list: Preview (send nothing), the
 * do-not-call list, what happens to contacts outside the calling hours, and the contact cap that
 * applies when an AI agent runs the node as a tool. Their defaults keep a plain send as it was.
 */

/** The default contact cap of one tool call: an agent's mistake should reach few people. */
export const DEFAULT_TOOL_CONTACT_CAP = 20;

/** Refusing is the default: a person called at night cannot be un-called. */
const outsideHoursChoices = [
	{ name: 'Refuse the Run, Naming Them', value: 'refuse', description: 'Nothing is sent until the list or the window is changed' },
	{ name: 'Leave Them Out and Report Them', value: 'leaveOut', description: 'The others are sent; those left out are listed under outsideHoursLeftOut' },
];

const outsideHoursField: INodeProperties = {
	displayName: 'Contacts Outside Calling Hours',
	name: 'outsideCallingHours',
	type: 'options',
	default: 'refuse',
	options: outsideHoursChoices,
	description: 'What happens to contacts whose local time falls outside the Calling Hours during the call window',
};

/** The "Safe Dialing" options of a list operation; `withHours` where the list is called or messaged at a given time. */
function safeDialingProperty(withHours: boolean): INodeProperties {
	const options: INodeProperties[] = [
		{
			displayName: 'Contact Cap When Run as a Tool',
			name: 'toolContactCap',
			type: 'number',
			typeOptions: { minValue: 1, numberPrecision: 0 },
			default: DEFAULT_TOOL_CONTACT_CAP,
			description: 'When an AI agent runs this node as a tool, a call that reaches more contacts than this is refused before anything is sent',
		},
		{
			displayName: 'Exclude Numbers',
			name: 'excludeNumbers',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			placeholder: 'e.g. +6281234567890, +6281234567891',
			description:
				'Do-not-call numbers, one per line or separated by commas, or an expression giving a list (e.g. numbers from an earlier node). They are normalised like every contact; matching contacts are left out and reported, never sent.',
		},
		{
			displayName: 'Exclude When Field Is True',
			name: 'excludeWhenField',
			type: 'string',
			default: '',
			placeholder: 'e.g. do_not_call',
			description: 'Name of an input field that marks a contact not to be sent (true, "true", "yes" or 1). Those contacts are left out and reported.',
		},
	];
	if (withHours) options.push(outsideHoursField);
	return { displayName: 'Safe Dialing', name: 'safeDialing', type: 'collection', placeholder: 'Add option', default: {}, options };
}

/** Preview, the Calling Hours (where they apply) and the Safe Dialing options of an operation that sends to a list. */
export function safeDialingProperties(withHours: boolean): INodeProperties[] {
	return [previewProperty, ...(withHours ? [callingHoursProperty] : []), safeDialingProperty(withHours)];
}

export type OutsideHoursPolicy = 'refuse' | 'leaveOut';

interface SafeDialingValues {
	toolContactCap?: unknown;
	excludeNumbers?: unknown;
	excludeWhenField?: unknown;
	outsideCallingHours?: unknown;
}

function readValues(context: IExecuteFunctions, itemIndex: number): SafeDialingValues {
	return context.getNodeParameter('safeDialing', itemIndex, {}) as SafeDialingValues;
}

export function readOutsideHoursPolicy(context: IExecuteFunctions, itemIndex: number): OutsideHoursPolicy {
	return readValues(context, itemIndex).outsideCallingHours === 'leaveOut' ? 'leaveOut' : 'refuse';
}

/** The raw do-not-call list and flag field; exclusions.ts reads them. */
export function readExclusionSettings(context: IExecuteFunctions, itemIndex: number): { numbers: unknown; flagField: string } {
	const values = readValues(context, itemIndex);
	return { numbers: values.excludeNumbers, flagField: String(values.excludeWhenField ?? '').trim() };
}

/** Whether n8n runs the node for an AI agent (older n8n versions have no such question: not a tool). */
export function isToolRun(context: IExecuteFunctions): boolean {
	return typeof context.isToolExecution === 'function' && context.isToolExecution();
}

/**
 * Refuses, before any request, a tool call that would reach more contacts than the cap. Outside a
 * tool run there is no cap: a workflow's author sees the list; an agent's user may not.
 */
export function checkToolContactCap(context: IExecuteFunctions, contactCount: number): void {
	if (!isToolRun(context)) return;
	const raw = readValues(context, 0).toolContactCap;
	const cap = raw === undefined || raw === null || raw === '' ? DEFAULT_TOOL_CONTACT_CAP : numberFrom(raw, 'digits');
	if (!Number.isInteger(cap) || cap < 1) {
		throw inputError(context, 0, 'Contact Cap When Run as a Tool', `must be a whole number of at least 1, got ${JSON.stringify(raw)}`);
	}
	if (contactCount > cap) {
		throw inputError(
			context,
			0,
			'Contact Cap When Run as a Tool',
			`this tool call would reach ${contactCount} contacts, more than the cap of ${cap}, so nothing was sent. Ask for a smaller list, or raise the cap in the node's Safe Dialing options`,
		);
	}
}
