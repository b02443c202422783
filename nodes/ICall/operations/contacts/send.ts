import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { readCredentialsAhead } from '../../api/client';
import type { ContactList, Endpoint } from '../../api/contract/types';
import { asNodeError, errorItemWithInput, runPerItem } from '../engine';
import { inputError } from '../fields';
import { readRequestSettings } from '../sharedFields';
import type { ContactBatchRequest, PlannedBatches } from './batches';
import { planContactBatches, sendContactBatches, sendPlannedBatches } from './batches';
import type { DuplicatePolicy, LeftOutDuplicate } from './duplicates';
import { readDuplicatePolicy, removeDuplicateContacts, withLeftOutReported } from './duplicates';
import type { ContactWording } from './list';
import { callWording } from './list';
import { problemItems, refuseProblems } from './problems';
import type { ContactProblem, ContactsRead } from './read';
import { contactsFromItems, contactsFromList, fieldAt, keepContacts } from './read';

/**
 * The one way a list of people is sent, for every operation that calls or messages them (task,
 * plan, workflow, workflow contacts, template send): read, check, take out repeats, cut into
 * chunks, send. "From input items" turns all items into one request (a sheet of 5 000 debtors
 * becomes one task); "define below" sends one request per item. Every contact is checked before
 * the first request; under "Continue On Fail" bad rows come out as error items.
 */

/** Why one contact must not go; the field is named under the contact's row unless `withoutRow`. */
export interface ListFinding {
	field: string;
	reason: string;
	/** The field is named as it is, not as "Contacts[3].field", for a typed contact. */
	withoutRow?: boolean;
}

/**
 * A check of the whole list of one request (e.g. all or none carry a case ID; every receiver has the
 * template's variables): the positions of contacts that must not go. It runs before the repeats are
 * taken out, so a repeat of a refused contact is still sent once. A check that throws refuses the
 * request of that item, like a field that cannot be read.
 */
export type ListCheck = (contacts: ListToCheck, itemIndex: number) => Map<number, ListFinding> | Promise<Map<number, ListFinding>>;

/** What a list check sees of the list: each contact's input item and wire entry, by position. */
export type ListToCheck = Pick<ContactsRead, 'sources' | 'entryAt'>;

/** How a list bigger than one request continues (see batches.ts), checks of the whole list, and the words for its people. */
export type BatchingChoices = Pick<ContactBatchRequest, 'continueWith' | 'splitFields' | 'overLimitAdvice'> & {
	checkList?: ListCheck;
	wording?: ContactWording;
};

type FieldReader = (itemIndex: number) => Record<string, unknown>;

/** What every request of one run shares. */
interface ContactSend {
	context: IExecuteFunctions;
	items: INodeExecutionData[];
	endpoint: Endpoint;
	list: ContactList;
	readFields: FieldReader;
	choices: BatchingChoices;
	wording: ContactWording;
	duplicatePolicy: DuplicatePolicy;
}

/** A list ready to send: what is left to send, every refused contact (by item), and the repeats left out. */
type CheckedContacts = ContactsRead & { leftOut: LeftOutDuplicate[] };

/** The endpoint's contact list; an endpoint without one cannot take contacts. */
function contactListOf(context: IExecuteFunctions, endpoint: Endpoint): ContactList {
	if (!endpoint.contacts) {
		throw new NodeOperationError(context.getNode(), `${endpoint.resource}.${endpoint.operation} takes no contact list in the contract`);
	}
	return endpoint.contacts;
}

/** Moves the contacts the list check refuses from the list to the problems, so they are reported, not sent. */
async function applyListCheck(read: ContactsRead, check: ListCheck | undefined, itemIndex: number): Promise<ContactsRead> {
	const refused = await check?.(read, itemIndex);
	if (!refused || refused.size === 0) return read;
	const problemOf = (position: number, { field, reason, withoutRow }: ListFinding): ContactProblem => ({
		itemIndex: read.sources[position],
		field: withoutRow ? field : fieldAt(read, position, field),
		reason,
	});
	const problems = [...read.problems, ...[...refused].map(([position, finding]) => problemOf(position, finding))];
	return { ...keepContacts(read, (position) => !refused.has(position)), problems };
}

/** The list's own check, then the repeats; the problems in the order of their items. `phoneField` names the number as the user set it up. */
async function checkContacts(send: ContactSend, read: ContactsRead, itemIndex: number, phoneField: string): Promise<CheckedContacts> {
	const checked = await applyListCheck(read, send.choices.checkList, itemIndex);
	const { kept, leftOut } = removeDuplicateContacts(checked, send.duplicatePolicy, (position) => fieldAt(checked, position, phoneField));
	const problems = [...kept.problems].sort((a, b) => a.itemIndex - b.itemIndex);
	return { ...kept, problems, leftOut };
}

function batchRequest(send: ContactSend, itemIndex: number, contacts: ContactsRead, fromOneItem: boolean): ContactBatchRequest {
	const { choices, endpoint, list, items } = send;
	const { continueWith, splitFields, overLimitAdvice } = choices;
	return { continueWith, splitFields, overLimitAdvice, endpoint, list, fields: send.readFields(itemIndex), contacts, items, itemIndex, fromOneItem };
}

/** Every input item is one contact; the whole list is one request (in chunks), its settings read from the first item. */
async function sendContactsOfItems(send: ContactSend): Promise<INodeExecutionData[]> {
	const { context, items } = send;
	const continueOnFail = context.continueOnFail();
	const read = contactsFromItems(context, items, send.list);
	let contacts: CheckedContacts = { ...read, leftOut: [] };
	try {
		contacts = await checkContacts(send, read, 0, String(context.getNodeParameter('phoneNumberField', 0, '')).trim());
		const { sources, problems, leftOut } = contacts;
		if (problems.length > 0 && !continueOnFail) throw refuseProblems(context, problems);
		if (sources.length === 0) {
			if (continueOnFail) return problemItems(context, problems);
			throw new NodeOperationError(context.getNode(), `There are no input items to take ${send.wording.people} from`, { itemIndex: 0 });
		}
		const sent = await sendContactBatches.call(context, batchRequest(send, 0, contacts, false));
		return [...withLeftOutReported(sent, leftOut), ...problemItems(context, problems)];
	} catch (error) {
		if (!continueOnFail) throw asNodeError(context, error, 0);
		// Under Continue On Fail the batching throws only before its first request (a chunk that fails
		// becomes error items), so nothing went out: every contact's item says why, with its fields.
		const refused = asNodeError(context, error, 0);
		return [...contacts.sources.map((source) => errorItemWithInput(items, source, refused)), ...problemItems(context, contacts.problems)];
	}
}

/**
 * Each input item sends the contacts typed into the node. The contact problems of every item are
 * found first, so without Continue On Fail one error names them all; a check that throws stays
 * with its item, which then fails in turn like an item whose fields cannot be read.
 */
async function sendTypedContacts(send: ContactSend): Promise<INodeExecutionData[]> {
	const { context, items } = send;
	const perItem: Array<CheckedContacts | { failed: unknown }> = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const read = contactsFromList(context, itemIndex, send.list);
		try {
			perItem.push(await checkContacts(send, read, itemIndex, 'Phone Number'));
		} catch (failed) {
			perItem.push({ failed });
		}
	}
	const problems = perItem.flatMap((contacts) => ('failed' in contacts ? [] : contacts.problems));
	if (problems.length > 0 && !context.continueOnFail()) throw refuseProblems(context, problems);
	const checkedOf = (itemIndex: number): CheckedContacts => {
		const contacts = perItem[itemIndex];
		if ('failed' in contacts) throw contacts.failed;
		return contacts;
	};
	return await runPerItem(
		context,
		items,
		readRequestSettings(context).concurrency,
		async (itemIndex, plan: PlannedBatches) => withLeftOutReported(await sendPlannedBatches.call(context, plan), checkedOf(itemIndex).leftOut),
		(itemIndex: number) => {
			const contacts = checkedOf(itemIndex);
			if (contacts.problems.length > 0) throw refuseProblems(context, contacts.problems);
			if (contacts.sources.length === 0) throw inputError(context, itemIndex, 'Contacts', `is empty: add at least one ${send.wording.person}`);
			return planContactBatches(context, batchRequest(send, itemIndex, contacts, true));
		},
	);
}

/**
 * Creates a task, plan or workflow with its contacts, adds or updates a workflow's contacts, or
 * sends a template to its receivers; see the file comment.
 */
export async function createWithContacts(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	endpoint: Endpoint,
	readFields: FieldReader,
	choices: BatchingChoices = {},
): Promise<INodeExecutionData[]> {
	const list = contactListOf(this, endpoint);
	readCredentialsAhead(this);
	const send: ContactSend = {
		context: this,
		items,
		endpoint,
		list,
		readFields,
		choices,
		wording: choices.wording ?? callWording,
		duplicatePolicy: readDuplicatePolicy(this),
	};
	if (this.getNodeParameter('contactsSource', 0) === 'items') return await sendContactsOfItems(send);
	return await sendTypedContacts(send);
}
