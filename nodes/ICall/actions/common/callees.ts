import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { checkPhoneNumber } from '../../helpers/phone';
import { parseJsonObject } from './escapeHatch';

/** One callee in the contract's logical terms; the endpoint's `entry` gives the wire names. */
export interface Callee {
	number: string;
	caseId?: string;
	variables?: Record<string, string>;
}

export interface CalleeProblem {
	itemIndex: number;
	field: string;
	reason: string;
}

export const calleeProperties: INodeProperties[] = [
	{
		displayName: 'Callees Source',
		name: 'calleesSource',
		type: 'options',
		noDataExpression: true,
		default: 'items',
		options: [
			{
				name: 'From Input Items (One for All Items)',
				value: 'items',
				description: 'Every input item is one callee; all of them go into a single request',
			},
			{
				name: 'Define Below (One per Input Item)',
				value: 'list',
				description: 'Each input item sends its own request with the callees listed here',
			},
		],
	},
	{
		displayName: 'Phone Number Field',
		name: 'phoneField',
		type: 'string',
		default: 'phone',
		required: true,
		description: 'Name of the input field holding the E.164 number (e.g. +6281234567890). Dots reach nested fields.',
		displayOptions: { show: { calleesSource: ['items'] } },
	},
	{
		displayName: 'Case ID Field',
		name: 'caseIdField',
		type: 'string',
		default: '',
		description: 'Name of the input field holding your case or customer ID, if any',
		displayOptions: { show: { calleesSource: ['items'] } },
	},
	{
		displayName: 'Variables',
		name: 'variablesFrom',
		type: 'options',
		default: 'otherFields',
		options: [
			{ name: 'All Other Fields', value: 'otherFields', description: 'Every other input field becomes a robot variable' },
			{ name: 'Selected Fields', value: 'selected' },
			{ name: 'None', value: 'none' },
		],
		displayOptions: { show: { calleesSource: ['items'] } },
	},
	{
		displayName: 'Variable Fields',
		name: 'variableFields',
		type: 'string',
		default: '',
		placeholder: 'e.g. name, amount, due_date',
		description: 'Comma-separated input fields to send as robot variables',
		displayOptions: { show: { calleesSource: ['items'], variablesFrom: ['selected'] } },
	},
	{
		displayName: 'Callees',
		name: 'callees',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add callee',
		default: {},
		displayOptions: { show: { calleesSource: ['list'] } },
		options: [
			{
				displayName: 'Callee',
				name: 'callee',
				values: [
					{ displayName: 'Phone Number', name: 'number', type: 'string', default: '', placeholder: 'e.g. +6281234567890', required: true },
					{ displayName: 'Case ID', name: 'caseId', type: 'string', default: '' },
					{
						displayName: 'Variables (JSON)',
						name: 'variables',
						type: 'json',
						default: '{}',
						description: 'Values the robot speaks, e.g. {"name": "Budi", "amount": "150000"}',
					},
				],
			},
		],
	},
];

function readPath(json: IDataObject, path: string): unknown {
	return path.split('.').reduce<unknown>((value, key) => (value as IDataObject | undefined)?.[key], json);
}

/** Robot variables are string to string (CONTRACT.md). Fields named in `skip` are left out. */
function stringifyValues(source: IDataObject, skip: ReadonlySet<string> = NOTHING_SKIPPED): Record<string, string> {
	const variables: Record<string, string> = {};
	for (const key of Object.keys(source)) {
		const value = source[key];
		if (value === undefined || value === null || skip.has(key)) continue;
		variables[key] = typeof value === 'object' ? JSON.stringify(value) : String(value);
	}
	return variables;
}
const NOTHING_SKIPPED: ReadonlySet<string> = new Set();

/** The wire names of one callee entry, as the endpoint's `entry` spells them. */
export type CalleeEntryNames = Record<keyof Callee, string>;

/**
 * Reads one callee per input item into its wire form; only the wire entries are kept, so a list of
 * 50 000 debtors is held once, as what gets sent. Bad rows are reported with their item, never
 * dropped.
 */
export function calleesFromItems(
	context: IExecuteFunctions,
	items: INodeExecutionData[],
	entry: CalleeEntryNames,
): { wire: IDataObject[]; sources: number[]; problems: CalleeProblem[] } {
	const phoneField = (context.getNodeParameter('phoneField', 0) as string).trim();
	const caseIdField = (context.getNodeParameter('caseIdField', 0, '') as string).trim();
	const variablesFrom = context.getNodeParameter('variablesFrom', 0, 'otherFields') as string;
	const selected = (context.getNodeParameter('variableFields', 0, '') as string)
		.split(',')
		.map((name) => name.trim())
		.filter(Boolean);
	const notVariables = new Set([phoneField, caseIdField].filter(Boolean));
	const wire: IDataObject[] = [];
	const sources: number[] = [];
	const problems: CalleeProblem[] = [];
	items.forEach((item, itemIndex) => {
		const phone = checkPhoneNumber(readPath(item.json, phoneField));
		if (!phone.ok) {
			problems.push({ itemIndex, field: phoneField, reason: phone.reason });
			return;
		}
		const callee: Callee = { number: phone.number };
		const caseId = caseIdField ? readPath(item.json, caseIdField) : undefined;
		if (caseId !== undefined && caseId !== null && caseId !== '') callee.caseId = String(caseId);
		if (variablesFrom === 'otherFields') {
			callee.variables = stringifyValues(item.json, notVariables);
		} else if (variablesFrom === 'selected') {
			const variables: IDataObject = {};
			for (const name of selected) variables[name] = readPath(item.json, name) as IDataObject[string];
			callee.variables = stringifyValues(variables);
		}
		wire.push(calleeToWire(callee, entry));
		sources.push(itemIndex);
	});
	return { wire, sources, problems };
}

/** Reads the callees typed into the node for one input item. */
export function calleesFromList(context: IExecuteFunctions, itemIndex: number): { callees: Callee[]; problems: CalleeProblem[] } {
	const rows = (context.getNodeParameter('callees.callee', itemIndex, []) as IDataObject[]) ?? [];
	const callees: Callee[] = [];
	const problems: CalleeProblem[] = [];
	rows.forEach((row, position) => {
		const field = `Callees[${position}].Phone Number`;
		const phone = checkPhoneNumber(row.number);
		if (!phone.ok) {
			problems.push({ itemIndex, field, reason: phone.reason });
			return;
		}
		const variables = parseJsonObject(context, row.variables, `Callees[${position}].Variables`, itemIndex);
		const callee: Callee = { number: phone.number };
		if (row.caseId) callee.caseId = String(row.caseId);
		if (Object.keys(variables).length > 0) callee.variables = stringifyValues(variables);
		callees.push(callee);
	});
	return { callees, problems };
}

/** Wire form of one callee, with the endpoint's entry names. */
function calleeToWire(callee: Callee, entry: CalleeEntryNames): IDataObject {
	const wire: IDataObject = { [entry.number]: callee.number };
	if (callee.caseId !== undefined) wire[entry.caseId] = callee.caseId;
	if (callee.variables !== undefined) wire[entry.variables] = callee.variables;
	return wire;
}

/** Wire form of a callee list. */
export function calleesToWire(callees: Callee[], entry: CalleeEntryNames): IDataObject[] {
	return callees.map((callee) => calleeToWire(callee, entry));
}

export function describeProblems(problems: CalleeProblem[]): string {
	const shown = problems.slice(0, 5).map((p) => `item ${p.itemIndex}, field "${p.field}": ${p.reason}`);
	const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
	return `${problems.length} callee(s) cannot be dialled: ${shown.join('; ')}${more}`;
}
