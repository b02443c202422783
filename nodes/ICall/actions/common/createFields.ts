import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { conventions } from '../../contract';

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
	description: 'Whether to turn each run of spaces in the task name into one underscore, since AIRudder refuses names with spaces',
};

/**
 * AIRudder's name rule for tasks (at most 30 characters, no spaces; vendor guide, D), checked
 * before anything is sent. Characters are counted as people count them, not as UTF-16 units.
 */
export function checkTaskName(context: IExecuteFunctions, itemIndex: number, raw: unknown, replaceSpaces: boolean, label = 'Task Name'): string {
	const fail = (reason: string) => new NodeOperationError(context.getNode(), `Item ${itemIndex}, field "${label}": ${reason}`, { itemIndex });
	let name = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
	if (name === '') throw fail('is empty; give the task a name');
	if (replaceSpaces) name = name.replace(/\s+/g, '_');
	if (/\s/.test(name)) {
		throw fail(`"${name}" contains spaces, which AIRudder refuses in task names: use underscores, or switch on "Replace Spaces in Task Name"`);
	}
	const length = [...name].length;
	if (length > maxLength) throw fail(`"${name}" is ${length} characters long; AIRudder allows at most ${maxLength}`);
	return name;
}
