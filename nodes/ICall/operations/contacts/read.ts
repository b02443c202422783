import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import type { Contact, ContactList } from '../../api/contract/types';
import { contactToWire } from '../../api/contract/types';
import { parseJsonObject } from '../define';
import { checkText, inputError, isText } from '../fields';
import { readDefaultCountry } from './defaultCountry';
import type { ContactVariables } from './entries';
import { checkPhoneNumber, contactVariables, reservedKeysOf } from './entries';

/**
 * Reads the contact list of a request (task, plan, workflow, template send) from input items or
 * from the rows typed into the node, checks every contact, and turns each into a wire entry by the
 * contract's entry shape. Nothing here knows a wire name.
 */

export interface ContactProblem {
	itemIndex: number;
	field: string;
	reason: string;
	/** Why the contact is refused, for the run's counts; a contact that cannot be sent as given is `invalid`. */
	kind?: 'duplicate' | 'outsideHours';
}

/**
 * The contacts of a list that can be sent, in order. A contact's wire entry is built when it is
 * asked for, that is when its chunk is sent, so a long list is not also held as wire entries
 * while it goes out (BENCHMARKS.md, workflow upload).
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

/**
 * Reads a field by name, dots reaching nested fields. An item whose own key is the whole name
 * ("contact.phone", as some CSV and sheet imports make them) is read by that key.
 */
export function fieldReader(path: string): (json: IDataObject) => unknown {
	if (!path.includes('.')) return (json) => json[path];
	const keys = path.split('.');
	return (json) => {
		if (Object.prototype.hasOwnProperty.call(json, path)) return json[path];
		let value: unknown = json;
		for (const key of keys) value = (value as IDataObject | undefined)?.[key];
		return value;
	};
}

/** One contact as read, before its checks. */
interface ContactToCheck {
	number: unknown;
	caseId: unknown;
	/** Undefined when the list takes no robot per contact. */
	robotId: unknown;
	/** Undefined when the contact sends no variables. */
	variables: ContactVariables | undefined;
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
function checkContact(problems: ContactProblem[], itemIndex: number, contact: ContactToCheck, fieldNames: ContactFieldNames, defaultCountry: string | undefined): string | undefined {
	const found: ContactProblem[] = [];
	const report = (field: string, reason: string) => found.push({ itemIndex, field, reason });
	const phone = checkPhoneNumber(contact.number, defaultCountry);
	if (!phone.ok) report(fieldNames.number, phone.reason);
	const caseId = checkText(contact.caseId);
	if (!caseId.ok) report(fieldNames.caseId, caseId.reason);
	if (contact.robotId !== undefined) {
		const robotId = checkText(contact.robotId);
		if (!robotId.ok) report(fieldNames.robotId, robotId.reason);
		else if (robotId.text === undefined) report(fieldNames.robotId, 'is empty: every contact needs its robot ID when this field is set');
	}
	for (const reason of contact.variables?.problems ?? []) report(fieldNames.variables, reason);
	problems.push(...found);
	return phone.ok && found.length === 0 ? phone.number : undefined;
}

/** The wire entry of a checked contact, by the contract's entry shape. */
function wireEntry(list: ContactList, number: string, caseId: unknown, robotId: unknown, variables: ContactVariables | undefined): IDataObject {
	const contact: Contact = { number };
	// Checked already: a case ID here is text, a number or not set.
	const caseIdText = isText(caseId) ? String(caseId).trim() : '';
	if (caseIdText !== '') contact.caseId = caseIdText;
	if (robotId !== undefined) contact.robotId = String(robotId).trim();
	if (variables !== undefined) contact.variables = variables.values;
	return contactToWire(list.entry, contact) as IDataObject;
}

/** The field names the "From Input Items" settings give, read once from the first item. */
function readItemSettings(context: IExecuteFunctions, list: ContactList) {
	const text = (name: string) => String(context.getNodeParameter(name, 0, '')).trim();
	return {
		phoneField: text('phoneNumberField'),
		caseIdField: text('caseIdField'),
		robotIdField: list.entry.robotId ? text('robotIdField') : '',
		variablesFrom: context.getNodeParameter('variablesFrom', 0, 'otherFields') as string,
		selected: text('variableFields')
			.split(',')
			.map((name) => name.trim())
			.filter(Boolean),
	};
}

/**
 * A selected variable field that no input item has is a typing slip: the request would go out
 * without that variable for everyone. It is refused, named, before anything is sent.
 */
function refuseFieldsNoItemHas(context: IExecuteFunctions, items: INodeExecutionData[], readers: ReadonlyArray<readonly [string, (json: IDataObject) => unknown]>): void {
	const missing = readers.filter(([, read]) => !items.some((item) => read(item.json) !== undefined)).map(([name]) => `"${name}"`);
	if (missing.length === 0 || items.length === 0) return;
	const names = missing.join(', ');
	throw inputError(context, 0, 'Variable Fields', `${names} ${missing.length > 1 ? 'are' : 'is'} in no input item: check the spelling, or remove ${missing.length > 1 ? 'them' : 'it'}`);
}

/**
 * Reads one contact per input item. Only each contact's item and number are kept; its wire entry
 * is read from the item again when its chunk is sent. Bad rows are reported with their item.
 */
export function contactsFromItems(context: IExecuteFunctions, items: INodeExecutionData[], list: ContactList): ContactsRead {
	const { phoneField, caseIdField, robotIdField, variablesFrom, selected } = readItemSettings(context, list);
	const defaultCountry = readDefaultCountry(context, 0);
	const notVariables = new Set([phoneField, caseIdField, robotIdField].filter(Boolean));
	const reserved = reservedKeysOf(list.entry);
	const fieldNames = { number: phoneField, caseId: caseIdField, robotId: robotIdField, variables: variablesFrom === 'selected' ? 'Variable Fields' : 'Variables' };
	const numberOf = fieldReader(phoneField);
	const caseIdOf = caseIdField ? fieldReader(caseIdField) : () => undefined;
	const robotIdOf = robotIdField ? fieldReader(robotIdField) : undefined;
	const robotOf = (json: IDataObject) => (robotIdOf ? (robotIdOf(json) ?? '') : undefined);
	const selectedReaders = selected.map((name) => [name, fieldReader(name)] as const);
	refuseFieldsNoItemHas(context, items, selectedReaders);
	const variablesOf = (json: IDataObject): ContactVariables | undefined => {
		if (variablesFrom === 'otherFields') return contactVariables(json, reserved, notVariables);
		if (variablesFrom !== 'selected') return undefined;
		const picked: IDataObject = {};
		for (const [name, read] of selectedReaders) picked[name] = read(json) as IDataObject[string];
		return contactVariables(picked, reserved);
	};
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
		const contact = { number: numberOf(json), caseId: caseIdOf(json), robotId: robotOf(json), variables: variablesOf(json) };
		const number = checkContact(read.problems, itemIndex, contact, fieldNames, defaultCountry);
		if (number === undefined) continue;
		read.sources.push(itemIndex);
		read.numbers.push(number);
	}
	return read;
}

/** Reads the contacts typed into the node for one input item (a short list: its entries are built at once). */
export function contactsFromList(context: IExecuteFunctions, itemIndex: number, list: ContactList): ContactsRead {
	const rows = (context.getNodeParameter('contacts.contact', itemIndex, []) as IDataObject[]) ?? [];
	const entries: IDataObject[] = [];
	const rowOfContact: number[] = [];
	const read: ContactsRead = { sources: [], numbers: [], entryAt: (position) => entries[position], problems: [], rows: rowOfContact };
	const reserved = reservedKeysOf(list.entry);
	const defaultCountry = readDefaultCountry(context, itemIndex);
	rows.forEach((row, position) => {
		const label = `Contacts[${position}]`;
		const fieldNames = { number: `${label}.Phone Number`, caseId: `${label}.Case ID`, robotId: `${label}.Robot ID`, variables: `${label}.Variables (JSON)` };
		let parsed: IDataObject;
		try {
			parsed = parseJsonObject(context, row.variables, fieldNames.variables, itemIndex);
		} catch (error) {
			// The item and field are named by the problem itself, so the parser's "Item N, field "X": " prefix goes.
			read.problems.push({ itemIndex, field: fieldNames.variables, reason: (error as Error).message.replace(/^Item \d+, field "[^"]*": /, '') });
			return;
		}
		// "{}" sends no variables at all, where an item with no other fields sends an empty set.
		const variables = Object.keys(parsed).length > 0 ? contactVariables(parsed, reserved) : undefined;
		const robot = checkText(row.robotId);
		// A row's robot ID is optional (the node's Robot stands in): blank is not set, not missing.
		const robotId = robot.ok ? robot.text : row.robotId;
		const contact = { number: row.phoneNumber, caseId: row.caseId, robotId, variables };
		const number = checkContact(read.problems, itemIndex, contact, fieldNames, defaultCountry);
		if (number === undefined) return;
		read.sources.push(itemIndex);
		read.numbers.push(number);
		rowOfContact.push(position);
		entries.push(wireEntry(list, number, row.caseId, robotId, variables));
	});
	return read;
}
