import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { conventions } from '../api/contract/conventions';
import type { RetrySettings } from '../api/errors';
import { DEFAULT_TIMEOUT_MS, defaultRetrySettings } from '../api/errors';
import { checkText, inputError, keyInWords, numberFrom, readOptionalPhone, textValue } from './fields';
import { formatWorkflowTime, toInstant } from './time';

export interface RequestSettings {
	concurrency: number;
	retry: RetrySettings;
}

/** Node-wide settings shown under every operation. */
export const requestSettingsProperty: INodeProperties = {
	displayName: 'Request Options',
	name: 'requestOptions',
	type: 'collection',
	placeholder: 'Add option',
	default: {},
	options: [
		{
			displayName: 'Parallel Requests',
			name: 'concurrency',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 50 },
			default: 5,
			description: 'How many input items are sent to AIRudder at the same time. Output order always follows input order.',
		},
		{
			displayName: 'Max Retries',
			name: 'maxRetries',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 10 },
			default: 5,
			description:
				'How often a failed request is repeated: reads on network errors, 429 and 5xx; writes only when they cannot have reached AIRudder or were refused with 429',
		},
		{
			displayName: 'Retry Base Delay (Ms)',
			name: 'retryBaseDelayMs',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 500,
			description: 'First wait before a retry; it doubles each time, with jitter, and a Retry-After header wins',
		},
		{
			displayName: 'Timeout (Seconds)',
			name: 'timeoutSeconds',
			type: 'number',
			typeOptions: { minValue: 0.1 },
			// DEFAULT_TIMEOUT_MS in seconds; the lint wants a literal here.
			default: 30,
			description:
				'How long one attempt waits for AIRudder to answer before it counts as failed (then retried like a network error: reads yes, writes no)',
		},
	],
};

type NumberRule = { label: string; whole: boolean; least: number; inclusive: boolean };

/** A number option, given as a number or (from an expression) as decimal text; anything else is refused. */
function numberOption(context: IExecuteFunctions, raw: unknown, fallback: number, rule: NumberRule): number {
	if (raw === undefined || raw === null || raw === '') return fallback;
	const value = numberFrom(raw, 'paddedDecimal');
	const inRange = rule.inclusive ? value >= rule.least : value > rule.least;
	if (!Number.isFinite(value) || !inRange || (rule.whole && !Number.isInteger(value))) {
		const kind = rule.whole ? 'a whole number' : 'a number';
		throw inputError(context, 0, rule.label, `must be ${kind} ${rule.inclusive ? 'of at least' : 'above'} ${rule.least}, got ${JSON.stringify(raw)}`);
	}
	return value;
}

/** Node-wide settings, read once from the first item; a value that is not a number stops the node before any request. */
export function readRequestSettings(context: IExecuteFunctions): RequestSettings {
	const options = context.getNodeParameter('requestOptions', 0, {}) as Record<string, unknown>;
	const timeoutSeconds = numberOption(context, options.timeoutSeconds, DEFAULT_TIMEOUT_MS / 1000, { label: 'Timeout (Seconds)', whole: false, least: 0, inclusive: false });
	return {
		concurrency: numberOption(context, options.concurrency, 5, { label: 'Parallel Requests', whole: true, least: 1, inclusive: true }),
		retry: {
			...defaultRetrySettings,
			maxRetries: numberOption(context, options.maxRetries, defaultRetrySettings.maxRetries, { label: 'Max Retries', whole: true, least: 0, inclusive: true }),
			baseDelayMs: numberOption(context, options.retryBaseDelayMs, defaultRetrySettings.baseDelayMs, { label: 'Retry Base Delay (Ms)', whole: false, least: 0, inclusive: false }),
			timeoutMs: Math.round(timeoutSeconds * 1000),
		},
	};
}

/** A plain optional text parameter. */
export function textProperty(name: string, displayName: string, description: string, placeholder = ''): INodeProperties {
	return { displayName, name, type: 'string', default: '', description, ...(placeholder ? { placeholder } : {}) };
}

/** A required text parameter. */
export function requiredTextProperty(name: string, displayName: string, description: string, placeholder = ''): INodeProperties {
	return { ...textProperty(name, displayName, description, placeholder), required: true };
}

/** An optional text parameter, trimmed; empty means "not set". */
export function readText(context: IExecuteFunctions, name: string, itemIndex: number, label = keyInWords(name)): string | undefined {
	return textValue(context, itemIndex, label, context.getNodeParameter(name, itemIndex, ''));
}

/** A required text parameter, refused when empty, naming the item and the field. */
export function readRequiredText(context: IExecuteFunctions, name: string, displayName: string, itemIndex: number): string {
	const value = readText(context, name, itemIndex, displayName);
	if (value === undefined) throw inputError(context, itemIndex, displayName, 'enter a value');
	return value;
}

export interface WorkflowTimeRules {
	/** Refuse instants before now (end times). */
	future?: boolean;
}

/**
 * A date parameter as AIRudder's workflow time (`YYYY-MM-DD HH:mm:ss+08:00`), converted from the
 * zone the date carries, or from the n8n workflow's time zone for a bare wall time.
 */
export function readWorkflowTime(
	context: IExecuteFunctions,
	name: string,
	displayName: string,
	itemIndex: number,
	rules: WorkflowTimeRules = {},
): string | undefined {
	const raw = context.getNodeParameter(name, itemIndex, '') as unknown;
	if (raw === undefined || raw === null || raw === '') return undefined;
	const instant = toInstant(raw, context.getTimezone());
	if (instant === undefined) throw inputError(context, itemIndex, displayName, `"${String(raw)}" is not a real date and time`);
	if (rules.future && instant <= Date.now()) {
		throw inputError(context, itemIndex, displayName, `${formatWorkflowTime(instant)} is in the past; choose a time after now`);
	}
	return formatWorkflowTime(instant);
}

/** A workflow contact is named by its number or its case ID; endpoints that take either list both. */
export const contactKeyProperties: INodeProperties[] = [
	textProperty('callee', 'Phone Number', 'The contact’s number in E.164; give this or the case ID', 'e.g. +6281234567890'),
	textProperty('caseId', 'Case ID', 'The contact’s case ID; give this or the phone number'),
];

export function readContactKeys(context: IExecuteFunctions, itemIndex: number): { callee?: string; caseId?: string } {
	return { callee: readOptionalPhone(context, 'callee', 'Phone Number', itemIndex), caseId: readText(context, 'caseId', itemIndex, 'Case ID') };
}

/** The required name of a new task or plan. */
export function createdNameProperty(name: string, displayName: string, placeholder: string, description?: string): INodeProperties {
	return { displayName, name, type: 'string', default: '', required: true, placeholder, ...(description ? { description } : {}) };
}

/** Tasks and plans both dial out over a chosen SIP line. */
export const sipLineOption: INodeProperties = {
	displayName: 'SIP Line',
	name: 'sipLine',
	type: 'string',
	default: '',
	description: 'The outbound line to call from',
};

const { maxLength } = conventions.taskName;

export const taskNameRule = `Unique, at most ${maxLength} characters, no spaces`;

export const replaceSpacesOption: INodeProperties = {
	displayName: 'Replace Spaces in Task Name',
	name: 'replaceSpacesInName',
	type: 'boolean',
	default: false,
	description:
		'Whether to turn each run of spaces in the task name (invisible ones such as a zero-width space too) into one underscore, since AIRudder refuses names with spaces',
};

/**
 * Invisible spaces (zero-width space, joiners, word joiner, byte-order mark) that `\s` misses but
 * that break a "no spaces" name all the same; copied names often carry one.
 */
const INVISIBLE_SPACES = '\u200B-\u200D\u2060\uFEFF';
const SPACE_RUNS = new RegExp(`[\\s${INVISIBLE_SPACES}]+`, 'g');
const EDGE_SPACES = new RegExp(`^[\\s${INVISIBLE_SPACES}]+|[\\s${INVISIBLE_SPACES}]+$`, 'g');
const ANY_SPACE = new RegExp(`[\\s${INVISIBLE_SPACES}]`);
const INVISIBLE_SPACE = new RegExp(`[${INVISIBLE_SPACES}]`);

/**
 * AIRudder's name rule for tasks (at most 30 characters, no spaces; vendor guide, D), checked
 * before anything is sent. Characters are counted as people count them, not as UTF-16 units.
 */
export function checkTaskName(context: IExecuteFunctions, itemIndex: number, raw: unknown, replaceSpaces: boolean, label = 'Task Name'): string {
	const fail = (reason: string) => inputError(context, itemIndex, label, reason);
	const checked = checkText(raw);
	if (!checked.ok) throw fail(checked.reason);
	let name = (checked.text ?? '').replace(EDGE_SPACES, '');
	if (name === '') throw fail('is empty; give the task a name');
	if (replaceSpaces) name = name.replace(SPACE_RUNS, '_');
	if (ANY_SPACE.test(name)) {
		const invisible = INVISIBLE_SPACE.exec(name);
		const which = invisible ? `an invisible space (U+${invisible[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})` : 'spaces';
		throw fail(`"${name}" contains ${which}, which AIRudder refuses in task names: use underscores, or switch on "Replace Spaces in Task Name"`);
	}
	const length = [...name].length;
	if (length > maxLength) throw fail(`"${name}" is ${length} characters long; AIRudder allows at most ${maxLength}`);
	return name;
}
