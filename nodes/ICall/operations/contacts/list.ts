import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import type { Contact, ContactList } from '../../api/contract/types';
import { contactToWire } from '../../api/contract/types';
import { parseJsonObject } from '../define';
import { checkText, isText } from '../fields';
import type { VariableChecks } from './entries';
import { checkPhoneNumber, checkVariable, isAbsent, needsCheck, reservedKeysOf, variableValues } from './entries';

/**
 * The contact list of a create request (task, plan, workflow, template send), read from input
 * items or typed into the node, checked, and turned into wire entries by the contract's entry
 * shape. Nothing here knows a wire name.
 */

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
					description: 'Every input item is one contact; all of them go into a single request, whose other settings (name, robot, template, workflow) are read from the first item',
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

/**
 * Reads a field by name, dots reaching nested fields; the name is split once per list, not once per
 * contact. An item whose own key is the whole name ("contact.phone", as some CSV and sheet
 * imports make them) is read by that key.
 */
function fieldReader(path: string): (json: IDataObject) => unknown {
	if (!path.includes('.')) return (json) => json[path];
	const keys = path.split('.');
	return (json) => {
		if (Object.prototype.hasOwnProperty.call(json, path)) return json[path];
		let value: unknown = json;
		for (const key of keys) value = (value as IDataObject | undefined)?.[key];
		return value;
	};
}

/** What the checks of one contact look at; its variables only by name, so checking builds nothing to keep. */
interface ContactToCheck {
	number: unknown;
	caseId: unknown;
	/** Undefined when the list takes no robot per contact. */
	robotId: unknown;
	/** Variables that clash with the entry's own keys or cannot be sent; undefined when none. */
	variables: VariableChecks | undefined;
}

/** The names a contact's problems are reported under, as the user sees them. */
interface ContactFieldNames {
	number: string;
	caseId: string;
	robotId: string;
	variables: string;
}

/**
 * Checks one contact: returns its normalised number, or adds every problem that keeps it from being
 * sent under its input item (bad rows are reported, never dropped).
 */
function checkContact(problems: ContactProblem[], itemIndex: number, contact: ContactToCheck, fieldNames: ContactFieldNames): string | undefined {
	const phone = checkPhoneNumber(contact.number);
	// Text and numbers pass without building a check result: this runs once per contact (100 000).
	const caseId = isAbsent(contact.caseId) || isText(contact.caseId) ? undefined : checkText(contact.caseId);
	const robotId = contact.robotId === undefined ? undefined : checkText(contact.robotId);
	const robotMissing = robotId?.ok === true && robotId.text === undefined;
	if (phone.ok && caseId?.ok !== false && robotId?.ok !== false && !robotMissing && !contact.variables) return phone.number;
	const { clashes, unsendable } = contact.variables ?? {};
	if (!phone.ok) problems.push({ itemIndex, field: fieldNames.number, reason: phone.reason });
	if (caseId?.ok === false) problems.push({ itemIndex, field: fieldNames.caseId, reason: caseId.reason });
	if (robotId?.ok === false) problems.push({ itemIndex, field: fieldNames.robotId, reason: robotId.reason });
	if (robotMissing) problems.push({ itemIndex, field: fieldNames.robotId, reason: 'is empty: every contact needs its robot ID when this field is set' });
	if (clashes) {
		problems.push({
			itemIndex,
			field: fieldNames.variables,
			reason: `${clashes.map((name) => `"${name}"`).join(', ')} would overwrite the contact's own ${clashes.length > 1 ? 'keys' : 'key'} of the same name: rename the field, or choose it as the phone, case ID or robot ID field, or use Selected Fields`,
		});
	}
	for (const [name, reason] of unsendable ?? []) problems.push({ itemIndex, field: fieldNames.variables, reason: `"${name}" ${reason}` });
	return undefined;
}

/** The wire entry of a checked contact, by the contract's entry shape. */
function wireEntry(list: ContactList, number: string, caseId: unknown, robotId: unknown, variables: Record<string, unknown> | undefined): IDataObject {
	const contact: Contact = { number };
	// Checked already: a case ID here is text, a number or not set.
	const caseIdText = isText(caseId) ? String(caseId).trim() : '';
	if (caseIdText !== '') contact.caseId = caseIdText;
	if (robotId !== undefined) contact.robotId = String(robotId).trim();
	if (variables !== undefined) contact.variables = variables;
	return contactToWire(list.entry, contact) as IDataObject;
}

/**
 * Reads one contact per input item. Only each contact's item and number are kept; its wire entry
 * is read from the item again when its chunk is sent. Bad rows are reported with their item.
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
	const reserved = reservedKeysOf(list.entry);
	const fieldNames = { number: phoneField, caseId: caseIdField, robotId: robotIdField, variables: variablesFrom === 'selected' ? 'Variable Fields' : 'Variables' };
	const numberOf = fieldReader(phoneField);
	const caseIdOf = caseIdField ? fieldReader(caseIdField) : () => undefined;
	const robotIdOf = robotIdField ? fieldReader(robotIdField) : undefined;
	const selectedReaders = selected.map((name) => [name, fieldReader(name)] as const);
	const nothingSkipped = new Set<string>();
	const picked = (json: IDataObject): IDataObject => {
		const values: IDataObject = {};
		for (const [name, read] of selectedReaders) values[name] = read(json) as IDataObject[string];
		return values;
	};
	const variablesOf = (json: IDataObject): Record<string, unknown> | undefined => {
		if (variablesFrom === 'otherFields') return variableValues(json, notVariables);
		if (variablesFrom === 'selected') return variableValues(picked(json), nothingSkipped);
		return undefined;
	};
	// The clashes and unsendable values variableValues would carry, found without building the variables.
	const variableChecksOf = (json: IDataObject): VariableChecks | undefined => {
		let checks: VariableChecks | undefined;
		if (variablesFrom === 'otherFields') {
			for (const key in json) {
				const value = json[key];
				if (needsCheck(reserved, key, value) && !notVariables.has(key)) checks = checkVariable(checks, reserved, key, value);
			}
		} else if (variablesFrom === 'selected') {
			for (const [name, read] of selectedReaders) {
				const value = read(json);
				if (needsCheck(reserved, name, value)) checks = checkVariable(checks, reserved, name, value);
			}
		}
		return checks;
	};
	const robotOf = (json: IDataObject) => (robotIdOf ? (robotIdOf(json) ?? '') : undefined);
	const read: ContactsRead = {
		sources: [],
		numbers: [],
		entryAt: (position) => {
			const json = items[read.sources[position]].json;
			return wireEntry(list, read.numbers[position], caseIdOf(json), robotOf(json), variablesOf(json));
		},
		problems: [],
	};
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const json = items[itemIndex].json;
		const contact = { number: numberOf(json), caseId: caseIdOf(json), robotId: robotOf(json), variables: variableChecksOf(json) };
		const number = checkContact(read.problems, itemIndex, contact, fieldNames);
		if (number === undefined) continue;
		read.sources.push(itemIndex);
		read.numbers.push(number);
	}
	return read;
}

/** Reads the contacts typed into the node for one input item (a short list: its entries are built at once). */
export function contactsFromList(context: IExecuteFunctions, itemIndex: number, list: ContactList): ContactsRead {
	const rows = (context.getNodeParameter('callees.callee', itemIndex, []) as IDataObject[]) ?? [];
	const entries: IDataObject[] = [];
	const rowOfContact: number[] = [];
	const read: ContactsRead = { sources: [], numbers: [], entryAt: (position) => entries[position], problems: [], rows: rowOfContact };
	const reserved = reservedKeysOf(list.entry);
	rows.forEach((row, position) => {
		const label = `Contacts[${position}]`;
		let variables: Record<string, unknown> | undefined;
		let parsed: IDataObject;
		try {
			parsed = parseJsonObject(context, row.variables, `${label}.Variables (JSON)`, itemIndex);
			if (Object.keys(parsed).length > 0) variables = variableValues(parsed, new Set());
		} catch (error) {
			read.problems.push({ itemIndex, field: `${label}.Variables (JSON)`, reason: (error as Error).message.replace(/^Item \d+: /, '') });
			return;
		}
		const robot = checkText(row.robotId);
		// A row's robot ID is optional (the node's Robot stands in): blank is not set, not missing.
		const robotId = robot.ok ? robot.text : row.robotId;
		let checks: VariableChecks | undefined;
		for (const name of Object.keys(parsed)) checks = checkVariable(checks, reserved, name, parsed[name]);
		const contact = { number: row.number, caseId: row.caseId, robotId, variables: checks };
		const fieldNames = { number: `${label}.Phone Number`, caseId: `${label}.Case ID`, robotId: `${label}.Robot ID`, variables: `${label}.Variables (JSON)` };
		const number = checkContact(read.problems, itemIndex, contact, fieldNames);
		if (number === undefined) return;
		read.sources.push(itemIndex);
		read.numbers.push(number);
		rowOfContact.push(position);
		entries.push(wireEntry(list, number, row.caseId, robotId, variables));
	});
	return read;
}

export interface ContactProblem {
	itemIndex: number;
	field: string;
	reason: string;
}

/**
 * The contacts of a list that can be sent, in order. Each contact's wire entry is built when it is
 * asked for, i.e. when its chunk is sent: 100 000 ready entries held until the last request made
 * the garbage collector copy them around while the node ran (tens of milliseconds a collection,
 * measured inside n8n), where entries built per chunk die young and cost nearly nothing.
 */
export interface ContactsRead {
	/** The input item of each contact. */
	sources: number[];
	/** The number of each contact, normalised, so equal numbers are equal text. */
	numbers: string[];
	/** Builds the wire entry of the contact at `position` (anew at every call). */
	entryAt(position: number): IDataObject;
	problems: ContactProblem[];
	/** Contacts typed into the node: the row of each one in the node's Contacts list (0-based). */
	rows?: number[];
}

/** A contact as the user finds it: "Contacts[3]" for a typed row, else its input item ("item 4"). */
export function contactAt(read: Pick<ContactsRead, 'rows' | 'sources'>, position: number): string {
	return read.rows ? `Contacts[${read.rows[position]}]` : `item ${read.sources[position]}`;
}

/** A contact's field as the user finds it: "Contacts[3].Phone Number" for a typed row, else the field. */
export function fieldAt(read: Pick<ContactsRead, 'rows' | 'sources'>, position: number, field: string): string {
	return read.rows ? `${contactAt(read, position)}.${field}` : field;
}

/** The contacts at the positions `keep` accepts, in order; their entries are still built on demand. */
export function keepContacts(read: ContactsRead, keep: (position: number) => boolean): ContactsRead {
	const positions: number[] = [];
	for (let position = 0; position < read.sources.length; position++) if (keep(position)) positions.push(position);
	if (positions.length === read.sources.length) return read;
	return {
		sources: positions.map((position) => read.sources[position]),
		numbers: positions.map((position) => read.numbers[position]),
		entryAt: (position) => read.entryAt(positions[position]),
		problems: read.problems,
		...(read.rows ? { rows: positions.map((position) => read.rows![position]) } : {}),
	};
}

export const duplicateNumbersProperty: INodeProperties = {
	displayName: 'Duplicate Numbers',
	name: 'duplicateNumbers',
	type: 'options',
	default: 'refuse',
	description: 'What to do when the same phone number is in one contact list more than once (it would be dialled twice)',
	options: [
		{ name: 'Refuse Them', value: 'refuse', description: 'Each repeat is an error for its item; nothing is dialled twice' },
		{
			name: 'Keep the First and Report the Rest',
			value: 'keepFirst',
			description: 'The first entry is sent; the repeats are listed in the output under duplicatesLeftOut',
		},
	],
};
