import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { Contact, ContactList } from '../../contract';
import { contactToWire, reservedContactKeys } from '../../contract';
import { checkPhoneNumber } from '../../helpers/phone';
import { duplicateNumbersProperty } from './duplicateContacts';
import { parseJsonObject } from './escapeHatch';

/**
 * The contact list of a create request (task, plan, workflow, template send), read from input
 * items or typed into the node, checked, and turned into wire entries by the contract's entry
 * shape. Nothing here knows a wire name.
 */

export interface ContactProblem {
	itemIndex: number;
	field: string;
	reason: string;
}

export interface ContactsRead {
	/** Wire entries, ready to send. */
	wire: IDataObject[];
	/** The input item each wire entry came from. */
	sources: number[];
	problems: ContactProblem[];
}

const fromItems = { show: { calleesSource: ['items'] } };

/** The fields that choose where the contacts come from; a robot per contact only where the entry has one. */
export function contactProperties(list: ContactList): INodeProperties[] {
	const perContactRobot = list.entry.robotId !== undefined;
	return [
		{
			displayName: 'Contacts Source',
			name: 'calleesSource',
			type: 'options',
			noDataExpression: true,
			default: 'items',
			options: [
				{
					name: 'From Input Items (One for All Items)',
					value: 'items',
					description: 'Every input item is one contact; all of them go into a single request',
				},
				{
					name: 'Define Below (One per Input Item)',
					value: 'list',
					description: 'Each input item sends its own request with the contacts listed here',
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
			displayOptions: fromItems,
		},
		{
			displayName: 'Case ID Field',
			name: 'caseIdField',
			type: 'string',
			default: '',
			placeholder: 'e.g. loan_id',
			description: 'Name of the input field holding your case or customer ID, if any',
			displayOptions: fromItems,
		},
		...(perContactRobot
			? [
					{
						displayName: 'Robot ID Field',
						name: 'robotIdField',
						type: 'string',
						default: '',
						placeholder: 'e.g. robot_id',
						description:
							"Name of the input field holding a robot for that contact only, overriding the node's Robot. Leave empty to use the node's Robot for everyone. When set, every item must have it.",
						displayOptions: fromItems,
					} satisfies INodeProperties,
				]
			: []),
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
			displayOptions: fromItems,
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
			displayName: 'Contacts',
			name: 'callees',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Contact',
			default: {},
			displayOptions: { show: { calleesSource: ['list'] } },
			options: [
				{
					displayName: 'Contact',
					name: 'callee',
					values: [
						{ displayName: 'Phone Number', name: 'number', type: 'string', default: '', placeholder: 'e.g. +6281234567890', required: true },
						{ displayName: 'Case ID', name: 'caseId', type: 'string', default: '' },
						...(perContactRobot
							? [{ displayName: 'Robot ID', name: 'robotId', type: 'string', default: '', description: "Overrides the node's Robot for this contact" } satisfies INodeProperties]
							: []),
						{
							displayName: 'Variables (JSON)',
							name: 'variables',
							type: 'json',
							default: '{}',
							description: 'Values the robot speaks, e.g. {"name": "Budi", "amount": 150000}',
						},
					],
				},
			],
		},
		duplicateNumbersProperty,
	];
}

/** Reads a field by name, dots reaching nested fields; the name is split once per list, not once per contact. */
function fieldReader(path: string): (json: IDataObject) => unknown {
	if (!path.includes('.')) return (json) => json[path];
	const keys = path.split('.');
	return (json) => {
		let value: unknown = json;
		for (const key of keys) value = (value as IDataObject | undefined)?.[key];
		return value;
	};
}

function isBlank(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Text, numbers and booleans go as they are; nested objects and arrays as JSON text. Blanks are left out. */
function variableValues(source: IDataObject, skip: ReadonlySet<string>): Record<string, unknown> {
	const variables: Record<string, unknown> = {};
	for (const key of Object.keys(source)) {
		const value = source[key];
		if (value === undefined || value === null || skip.has(key)) continue;
		variables[key] = typeof value === 'object' ? JSON.stringify(value) : value;
	}
	return variables;
}

/** A variable named like one of the entry's own keys would overwrite the number, case or robot. */
const reservedByEntry = new WeakMap<ContactList['entry'], ReadonlySet<string>>();

/** The entry's own keys, built once per list rather than once per contact (100 000 contacts, one set). */
function reservedKeysOf(entry: ContactList['entry']): ReadonlySet<string> {
	let reserved = reservedByEntry.get(entry);
	if (!reserved) {
		reserved = new Set(reservedContactKeys(entry));
		reservedByEntry.set(entry, reserved);
	}
	return reserved;
}

/**
 * Checks one contact and adds it to the list as its wire entry, or adds every problem that keeps it
 * from being sent under its input item: bad rows are reported, never dropped.
 */
function collectContact(
	read: ContactsRead,
	itemIndex: number,
	list: ContactList,
	raw: { number: unknown; caseId: unknown; robotId: unknown; variables: Record<string, unknown> | undefined },
	fieldNames: { number: string; robotId: string; variables: string },
): void {
	const phone = checkPhoneNumber(raw.number);
	const robotMissing = raw.robotId !== undefined && isBlank(raw.robotId);
	let clashes: string[] | undefined;
	if (raw.variables !== undefined) {
		const reserved = reservedKeysOf(list.entry);
		for (const name in raw.variables) if (reserved.has(name)) (clashes ??= []).push(name);
	}
	if (phone.ok && !robotMissing && !clashes) {
		const contact: Contact = { number: phone.number };
		if (!isBlank(raw.caseId)) contact.caseId = String(raw.caseId).trim();
		if (raw.robotId !== undefined) contact.robotId = String(raw.robotId).trim();
		if (raw.variables !== undefined) contact.variables = raw.variables;
		read.wire.push(contactToWire(list.entry, contact) as IDataObject);
		read.sources.push(itemIndex);
		return;
	}
	if (!phone.ok) read.problems.push({ itemIndex, field: fieldNames.number, reason: phone.reason });
	if (robotMissing) read.problems.push({ itemIndex, field: fieldNames.robotId, reason: 'is empty: every contact needs its robot ID when this field is set' });
	if (clashes) {
		read.problems.push({
			itemIndex,
			field: fieldNames.variables,
			reason: `${clashes.map((name) => `"${name}"`).join(', ')} would overwrite the contact's own ${clashes.length > 1 ? 'keys' : 'key'} of the same name: rename the field, or choose it as the phone, case ID or robot ID field, or use Selected Fields`,
		});
	}
}

/**
 * Reads one contact per input item into its wire form; only the wire entries are kept, so a list of
 * 50 000 debtors is held once, as what gets sent. Bad rows are reported with their item, never
 * dropped.
 */
export function contactsFromItems(context: IExecuteFunctions, items: INodeExecutionData[], list: ContactList): ContactsRead {
	const phoneField = (context.getNodeParameter('phoneField', 0) as string).trim();
	const caseIdField = (context.getNodeParameter('caseIdField', 0, '') as string).trim();
	const robotIdField = list.entry.robotId ? (context.getNodeParameter('robotIdField', 0, '') as string).trim() : '';
	const variablesFrom = context.getNodeParameter('variablesFrom', 0, 'otherFields') as string;
	const selected = (context.getNodeParameter('variableFields', 0, '') as string)
		.split(',')
		.map((name) => name.trim())
		.filter(Boolean);
	const notVariables = new Set([phoneField, caseIdField, robotIdField].filter(Boolean));
	const fieldNames = { number: phoneField, robotId: robotIdField, variables: variablesFrom === 'selected' ? 'Variable Fields' : 'Variables' };
	const numberOf = fieldReader(phoneField);
	const caseIdOf = caseIdField ? fieldReader(caseIdField) : undefined;
	const robotIdOf = robotIdField ? fieldReader(robotIdField) : undefined;
	const selectedReaders = selected.map((name) => [name, fieldReader(name)] as const);
	const nothingSkipped = new Set<string>();
	const variablesOf = (json: IDataObject): Record<string, unknown> | undefined => {
		if (variablesFrom === 'otherFields') return variableValues(json, notVariables);
		if (variablesFrom !== 'selected') return undefined;
		const picked: IDataObject = {};
		for (const [name, read] of selectedReaders) picked[name] = read(json) as IDataObject[string];
		return variableValues(picked, nothingSkipped);
	};
	const read: ContactsRead = { wire: [], sources: [], problems: [] };
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const json = items[itemIndex].json;
		const raw = { number: numberOf(json), caseId: caseIdOf?.(json), robotId: robotIdOf ? (robotIdOf(json) ?? '') : undefined, variables: variablesOf(json) };
		collectContact(read, itemIndex, list, raw, fieldNames);
	}
	return read;
}

/** Reads the contacts typed into the node for one input item. */
export function contactsFromList(context: IExecuteFunctions, itemIndex: number, list: ContactList): ContactsRead {
	const rows = (context.getNodeParameter('callees.callee', itemIndex, []) as IDataObject[]) ?? [];
	const read: ContactsRead = { wire: [], sources: [], problems: [] };
	rows.forEach((row, position) => {
		const label = `Contacts[${position}]`;
		let variables: Record<string, unknown> | undefined;
		try {
			const parsed = parseJsonObject(context, row.variables, `${label}.Variables (JSON)`, itemIndex);
			if (Object.keys(parsed).length > 0) variables = variableValues(parsed, new Set());
		} catch (error) {
			read.problems.push({ itemIndex, field: `${label}.Variables (JSON)`, reason: (error as Error).message.replace(/^Item \d+: /, '') });
			return;
		}
		collectContact(
			read,
			itemIndex,
			list,
			{ number: row.number, caseId: row.caseId, robotId: isBlank(row.robotId) ? undefined : row.robotId, variables },
			{ number: `${label}.Phone Number`, robotId: `${label}.Robot ID`, variables: `${label}.Variables (JSON)` },
		);
	});
	return read;
}

export function describeProblems(problems: ContactProblem[]): string {
	const shown = problems.slice(0, 5).map((p) => `item ${p.itemIndex}, field "${p.field}": ${p.reason}`);
	const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
	return `${problems.length} contact(s) cannot be sent: ${shown.join('; ')}${more}`;
}
