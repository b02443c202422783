import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { conventions } from '../../contract';
import { checkText } from '../../helpers/text';
import { inputError } from './inputError';

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
