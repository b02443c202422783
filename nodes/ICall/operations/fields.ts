import type { IExecuteFunctions, INodeProperties, INodePropertyMode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { checkPhoneNumber } from './contacts/entries';

/**
 * The one shape of a bad-input error: which item, which field (as the node shows it), what is
 * wrong. It is thrown before any request, so the item can become an error item under Continue On Fail.
 */
export function inputError(context: IExecuteFunctions, itemIndex: number, field: string, reason: string): NodeOperationError {
	return new NodeOperationError(context.getNode(), `Item ${itemIndex}, field "${field}": ${reason}`, { itemIndex });
}

/** The same error for a problem that spans several fields (e.g. "set one of A or B"). */
export function itemError(context: IExecuteFunctions, itemIndex: number, problem: string): NodeOperationError {
	return new NodeOperationError(context.getNode(), `Item ${itemIndex}: ${problem}`, { itemIndex });
}

/** The "By ID" mode's check: no spaces; `mayBeEmpty` for a locator that may stay empty. */
function idWithoutSpaces(mayBeEmpty: boolean): NonNullable<INodePropertyMode['validation']> {
	return [{ type: 'regex', properties: { regex: mayBeEmpty ? '^\\S*$' : '^\\S+$', errorMessage: 'The ID cannot contain spaces' } }];
}

/** A resource locator: pick from a searchable list or paste an ID. */
export function locator(name: string, displayName: string, searchListMethod: string, example: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: `e.g. ${example}`,
				validation: idWithoutSpaces(false),
			},
		],
	};
}

/** A locator that may stay empty, when the other of two ways to name something is given instead. */
export function optionalLocator(base: INodeProperties, name: string, description: string): INodeProperties {
	// The ID mode's check would flag an empty ID as an issue, and n8n refuses to run a node with issues.
	const modes = base.modes?.map((mode) => (mode.name === 'id' ? { ...mode, validation: idWithoutSpaces(true) } : mode));
	return { ...base, name, required: false, description, modes };
}

export const taskLocator = locator('task', 'Task', 'searchTasks', 'T20261125001');
export const planLocator = locator('plan', 'Plan', 'searchPlans', 'P20261125001');
export const robotLocator = locator('robot', 'Robot', 'searchRobots', 'R1001');
export const strategyLocator = locator('strategy', 'Strategy', 'searchStrategies', 'S1001');
export const workflowLocator = locator('workflow', 'Workflow', 'searchWorkflows', '0ca6e3a59cf74630906683882aa51110');
export const workflowTemplateLocator = locator('template', 'Workflow Template', 'searchWorkflowTemplates', '123');

/**
 * The ID chosen in a locator that may stay empty (one of two ways to name something); undefined when
 * empty. An expression that gives an object or a list is refused under `label`, the field's name.
 */
export function readOptionalLocator(context: IExecuteFunctions, name: string, itemIndex: number, label = name): string | undefined {
	// A mode the field does not offer (a "url" one from pasted workflow JSON or an expression) would hand
	// its text on unchanged, and AIRudder would take a whole link as an ID.
	const chosen = context.getNodeParameter(name, itemIndex, '', { extractValue: false }) as unknown;
	const mode = typeof chosen === 'object' && chosen !== null ? (chosen as { mode?: unknown }).mode : undefined;
	if (mode !== undefined && !LOCATOR_MODES.includes(String(mode))) {
		throw inputError(context, itemIndex, label, `"${String(mode)}" is not a way this field takes a value: choose from the list or enter the ID`);
	}
	const id = textValue(context, itemIndex, label, context.getNodeParameter(name, itemIndex, '', { extractValue: true }));
	if (id !== undefined && /\s/.test(id)) throw inputError(context, itemIndex, label, `${JSON.stringify(id)} is not an ID: IDs have no spaces`);
	return id;
}

/** The modes every locator of this package offers (see `locator`). */
const LOCATOR_MODES = ['list', 'id'];

/**
 * The value of an options field, refused when it is none of the field's choices: an expression can
 * give any text, and AIRudder would get a value no editor offers (or the node would quietly fall back).
 */
export function checkChoice<T>(context: IExecuteFunctions, itemIndex: number, field: INodeProperties, value: T): T {
	const offered = (field.options ?? []).map((option) => ('value' in option ? option.value : undefined));
	if (!offered.includes(value as never)) {
		const choices = offered.map((choice) => JSON.stringify(choice)).join(', ');
		throw inputError(context, itemIndex, field.displayName, `${JSON.stringify(value)} is not one of its choices (${choices})`);
	}
	return value;
}

/** The ID chosen in a locator; an empty one is refused under the label the user sees. */
export function readLocator(context: IExecuteFunctions, property: INodeProperties, itemIndex: number): string {
	const id = readOptionalLocator(context, property.name, itemIndex, property.displayName);
	if (id === undefined) throw inputError(context, itemIndex, property.displayName, 'is empty: choose one from the list or enter its ID');
	return id;
}

export const pagingProperties: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
	{
		displayName: 'Include Raw Response',
		name: 'includeRawResponse',
		type: 'boolean',
		default: false,
		description: 'Whether to output each page exactly as AIRudder sent it instead of one item per row',
	},
];

/** Undefined means every row. A limit that is not a whole number of at least 1 is refused before any request. */
export function readLimit(context: IExecuteFunctions, itemIndex: number): number | undefined {
	if (context.getNodeParameter('returnAll', itemIndex, false)) return undefined;
	const checked = checkLimit(context.getNodeParameter('limit', itemIndex, 50));
	if (!checked.ok) throw inputError(context, itemIndex, 'Limit', checked.reason);
	return checked.limit;
}

export function phoneProperty(name: string, displayName: string, description: string): INodeProperties {
	return { displayName, name, type: 'string', default: '', required: true, placeholder: 'e.g. +6281234567890', description };
}

/** Reads a phone number parameter and refuses anything that is not E.164, naming item and field. */
export function readPhone(context: IExecuteFunctions, name: string, displayName: string, itemIndex: number): string {
	const phone = checkPhoneNumber(context.getNodeParameter(name, itemIndex));
	if (!phone.ok) throw inputError(context, itemIndex, displayName, phone.reason);
	return phone.number;
}

/** An optional phone number: empty is "not set", anything else must be E.164. */
export function readOptionalPhone(context: IExecuteFunctions, name: string, displayName: string, itemIndex: number): string | undefined {
	const raw = context.getNodeParameter(name, itemIndex, '') as unknown;
	if (raw === undefined || raw === null || String(raw).trim() === '') return undefined;
	return readPhone(context, name, displayName, itemIndex);
}

export type LimitCheck = { ok: true; limit: number } | { ok: false; reason: string };

/** A "Limit" must be a whole number of rows, at least 1 (0 would return nothing, -1 dropped a row). */
export function checkLimit(raw: unknown): LimitCheck {
	const limit = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
	if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
		return { ok: false, reason: `must be a whole number of at least 1, got ${String(raw)} (or turn on "Return All")` };
	}
	return { ok: true, limit };
}

/**
 * Number fields can carry text when an expression fills them. Each field says which written forms
 * it takes; anything else (a boolean, "1e1", "0x10", blank text) is NaN, so the field's own
 * check refuses it instead of Number() turning it quietly into 1, 10, 16 or 0.
 */
const TEXT_FORMS = {
	/** "500" */
	digits: /^\d+$/,
	/** "500", " 500 " */
	paddedDigits: /^\s*\d+\s*$/,
	/** "0.5", " 30 " */
	paddedDecimal: /^\s*\d+(\.\d+)?\s*$/,
	/** "-6.2607", " .5 ", "+106." (coordinates) */
	paddedSignedDecimal: /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/,
} as const;

export type NumberTextForm = keyof typeof TEXT_FORMS;

/** A number as it is, text of the given form as its number, NaN for anything else. */
export function numberFrom(raw: unknown, form: NumberTextForm): number {
	if (typeof raw === 'number') return raw;
	return typeof raw === 'string' && TEXT_FORMS[form].test(raw) ? Number(raw) : Number.NaN;
}

/**
 * What a text field (an ID, a name) holds once its expression is resolved. Expressions can give
 * any value; only text and numbers are text. Anything else used to go out as "undefined",
 * "null" or "[object Object]", which AIRudder takes as an ID that matches nothing.
 */
export type TextCheck = { ok: true; text: string | undefined } | { ok: false; reason: string };

const NOT_SET: TextCheck = { ok: true, text: undefined };

/** A short sight of the value in an error message: enough to recognise it, never a whole record. */
function preview(value: unknown): string {
	let shown: string;
	try {
		shown = JSON.stringify(value) ?? String(value);
	} catch {
		shown = Object.prototype.toString.call(value);
	}
	return shown.length > 40 ? `${shown.slice(0, 37)}...` : shown;
}

/** Whether a value is taken as text as it is (text, or a number that is one): the quick check before checkText. */
export function isText(value: unknown): boolean {
	return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'bigint';
}

/**
 * Text trimmed, numbers as text; undefined, null and blank text are "not set" (text undefined),
 * so a required field is then refused as empty. Objects, lists, booleans and numbers that are
 * no numbers (NaN, Infinity) are refused with a reason that says what the field got.
 */
export function checkText(value: unknown): TextCheck {
	if (value === undefined || value === null) return NOT_SET;
	if (typeof value === 'string') {
		const text = value.trim();
		return text === '' ? NOT_SET : { ok: true, text };
	}
	if (typeof value === 'number') return Number.isFinite(value) ? { ok: true, text: String(value) } : { ok: false, reason: `is ${value}, not text or a number` };
	if (typeof value === 'bigint') return { ok: true, text: String(value) };
	if (Array.isArray(value)) return { ok: false, reason: `is a list (${preview(value)}), not text: pick one of its entries in the expression` };
	if (typeof value === 'object') return { ok: false, reason: `is an object (${preview(value)}), not text: pick one of its fields in the expression` };
	if (typeof value === 'boolean') return { ok: false, reason: `is a boolean (${String(value)}), not text` };
	return { ok: false, reason: `is a ${typeof value}, not text` };
}

/** Absent, or only spaces: a value of spaces is no value (a name, a template variable). */
export function isBlank(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** A parameter or contract key in the words the editor would use: "caseId" -> "Case ID". */
export function keyInWords(key: string): string {
	return key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (first) => first.toUpperCase()).replace(/\bId\b/g, 'ID');
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
