import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { checkText, keyInWords } from '../../helpers/text';
import { toInstant, formatWorkflowTime } from '../../helpers/workflowTime';
import { inputError } from './inputError';
import { readOptionalPhone } from './phoneParameter';

/** A plain optional text parameter. */
export function textProperty(name: string, displayName: string, description: string, placeholder = ''): INodeProperties {
	return { displayName, name, type: 'string', default: '', description, ...(placeholder ? { placeholder } : {}) };
}

/** A required text parameter. */
export function requiredTextProperty(name: string, displayName: string, description: string, placeholder = ''): INodeProperties {
	return { ...textProperty(name, displayName, description, placeholder), required: true };
}

/**
 * A text value as sent: text trimmed, a number as text, undefined when not set (undefined, null,
 * blank). An object or a list from an expression is refused, naming the item and the field.
 */
export function textValue(context: IExecuteFunctions, itemIndex: number, label: string, value: unknown): string | undefined {
	const checked = checkText(value);
	if (!checked.ok) throw inputError(context, itemIndex, label, checked.reason);
	return checked.text;
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
