import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { readCredentialsAhead } from '../../api/client';
import type { ContactList, Endpoint } from '../../api/contract/types';
import { asNodeError, errorItemWithInput, runPerItem } from '../engine';
import { inputError } from '../fields';
import { readRequestSettings } from '../sharedFields';
import type { ContactBatchRequest, PlannedBatches } from './batches';
import { planContactBatches, previewPlannedBatches, sendPlannedBatches } from './batches';
import type { DuplicatePolicy } from './duplicates';
import { findRepeatedNumbers, readDuplicatePolicy, removeDuplicateContacts } from './duplicates';
import { findExcludedContacts } from './exclusions';
import type { CallWindow } from './hoursCheck';
import { findOutsideHours } from './hoursCheck';
import type { LeftOutContact, LeftOutContacts } from './leftOut';
import { leftOutItems, noneLeftOut, withLeftOutReported } from './leftOut';
import type { ContactWording } from './list';
import { callWording } from './list';
import { problemItems, refuseProblems } from './problems';
import type { ContactProblem, ContactsRead } from './read';
import { contactsFromItems, contactsFromList, fieldAt, keepContacts } from './read';
import { isPreview } from '../preview';
import { checkToolContactCap, readOutsideHoursPolicy } from './safeDialing';
import { summarise, withSummary } from './summary';

/**
 * The one way a list of people is sent, for every operation that calls or messages them (task,
 * plan, workflow, workflow contacts, template send): read, check, leave out the do-not-call numbers
 * and those outside the calling hours, take out repeats, cut into chunks, send (or, in a preview,
 * show the requests instead). "From input items" turns all items into one request (a sheet of
 * 5 000 debtors becomes one task); "define below" sends one request per item. Every contact is
 * checked before the first request; under "Continue On Fail" bad rows come out as error items.
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

/**
 * What a list check sees of the list: each contact's input item and wire entry, by position, and
 * whether the run is refused anyway (a contact has a problem and Continue On Fail is off): then a
 * check that needs an answer from AIRudder does not ask, so nothing is requested for a run that stops.
 */
export type ListToCheck = Pick<ContactsRead, 'sources' | 'entryAt'> & { refusedAlready: boolean };

/** The part of a create that makes it happen exactly once (see createOnce.ts). */
export interface CreateOnce {
	/** The existing target to use instead of creating one, when the user chose so and the name exists. */
	existing(fields: Record<string, unknown>, itemIndex: number): Promise<IDataObject | undefined>;
	/** Sends the create; after an answer that was lost, it looks the name up before trying again. */
	send(wire: IDataObject, itemIndex: number): Promise<IDataObject>;
}

/**
 * How a list bigger than one request continues (see batches.ts), checks of the whole list, the words
 * for its people, the request's call window (an operation without one has no Calling Hours), a create
 * made exactly once, and warnings a check left for the output.
 */
export type BatchingChoices = Pick<ContactBatchRequest, 'continueWith' | 'splitFields' | 'overLimitAdvice'> & {
	checkList?: ListCheck;
	wording?: ContactWording;
	callWindow?: (fields: Record<string, unknown>, itemIndex: number) => CallWindow;
	createOnce?: CreateOnce;
	warningsOf?: (itemIndex: number) => string[];
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
	preview: boolean;
}

/** A list ready to send: what is left to send, every refused contact (by item), and the contacts left out by reason. */
type CheckedContacts = ContactsRead & { leftOut: LeftOutContacts };

/** The endpoint's contact list; an endpoint without one cannot take contacts. */
function contactListOf(context: IExecuteFunctions, endpoint: Endpoint): ContactList {
	if (!endpoint.contacts) {
		throw new NodeOperationError(context.getNode(), `${endpoint.resource}.${endpoint.operation} takes no contact list in the contract`);
	}
	return endpoint.contacts;
}

/** Moves the contacts the list check refuses from the list to the problems, so they are reported, not sent. */
async function applyListCheck(read: ContactsRead, check: ListCheck | undefined, itemIndex: number, refusedAlready: boolean): Promise<ContactsRead> {
	const refused = await check?.({ sources: read.sources, entryAt: read.entryAt, refusedAlready }, itemIndex);
	if (!refused || refused.size === 0) return read;
	const problemOf = (position: number, { field, reason, withoutRow }: ListFinding): ContactProblem => ({
		itemIndex: read.sources[position],
		field: withoutRow ? field : fieldAt(read, position, field),
		reason,
	});
	const problems = [...read.problems, ...[...refused].map(([position, finding]) => problemOf(position, finding))];
	return { ...keepContacts(read, (position) => !refused.has(position)), problems };
}

/** The contacts at `positions` out of the list, each with its reason, as left-out contacts. */
function takeOut(read: ContactsRead, positions: Map<number, string>): { kept: ContactsRead; taken: LeftOutContact[] } {
	if (positions.size === 0) return { kept: read, taken: [] };
	const taken = [...positions].map(([position, reason]) => ({ item: read.sources[position], number: read.numbers[position], reason }));
	return { kept: keepContacts(read, (position) => !positions.has(position)), taken };
}

/**
 * The checks that need no answer: the do-not-call list, then the calling hours (refused or left out,
 * as the user chose). `phoneField` names the number as the user set it up.
 */
function checkLocally(send: ContactSend, read: ContactsRead, itemIndex: number, phoneField: string): CheckedContacts {
	const { context, choices } = send;
	const leftOut = noneLeftOut();
	const excluded = takeOut(read, findExcludedContacts(context, send.items, read, itemIndex));
	leftOut.excluded = excluded.taken;
	const { callWindow } = choices;
	const outside = callWindow ? findOutsideHours(context, excluded.kept, itemIndex, () => callWindow(send.readFields(itemIndex), itemIndex)) : new Map<number, string>();
	if (readOutsideHoursPolicy(context, itemIndex) === 'leaveOut') {
		const hours = takeOut(excluded.kept, outside);
		leftOut.outsideHours = hours.taken;
		return { ...hours.kept, leftOut };
	}
	const kept = excluded.kept;
	const refused = [...outside].map(([position, reason]) => ({ itemIndex: kept.sources[position], field: fieldAt(kept, position, phoneField), reason, kind: 'outsideHours' as const }));
	return { ...keepContacts(kept, (position) => !outside.has(position)), problems: [...kept.problems, ...refused], leftOut };
}

/**
 * Every check of one request's list: the local ones, the list's own check, then the repeats; the
 * problems in the order of their items. `refusedElsewhere`: another item's contacts already stop the run.
 */
async function checkContacts(send: ContactSend, read: ContactsRead, itemIndex: number, phoneField: string, refusedElsewhere: boolean): Promise<CheckedContacts> {
	const local = checkLocally(send, read, itemIndex, phoneField);
	const repeatsRefused = send.duplicatePolicy === 'refuse' && findRepeatedNumbers(local.numbers).length > 0;
	const refusedAlready = !send.context.continueOnFail() && (refusedElsewhere || local.problems.length > 0 || repeatsRefused);
	const checked = await applyListCheck(local, send.choices.checkList, itemIndex, refusedAlready);
	const { kept, leftOut } = removeDuplicateContacts(checked, send.duplicatePolicy, (position) => fieldAt(checked, position, phoneField));
	const problems = [...kept.problems].sort((a, b) => a.itemIndex - b.itemIndex);
	return { ...kept, problems, leftOut: { ...local.leftOut, duplicate: leftOut } };
}

function batchRequest(send: ContactSend, itemIndex: number, contacts: ContactsRead, fromOneItem: boolean): ContactBatchRequest {
	const { choices, endpoint, list, items } = send;
	const { continueWith, splitFields, overLimitAdvice, createOnce } = choices;
	const sendFirstRequest = createOnce && (async (wire: IDataObject) => await createOnce.send(wire, itemIndex));
	const fields = send.readFields(itemIndex);
	return { continueWith, splitFields, overLimitAdvice, sendFirstRequest, endpoint, list, fields, contacts, items, itemIndex, fromOneItem };
}

/** Every contact was left out: one item says so, so that the items are still answered. */
function nothingSentItem(itemIndex: number, fromOneItem: boolean): INodeExecutionData[] {
	const json = { contacts: 0, note: 'Every contact was left out, so no request was sent' };
	return [{ json, pairedItem: fromOneItem ? { item: itemIndex } : [] }];
}

/** Sends a planned list, or shows it (Preview); uses an existing target instead when the user chose so. */
async function deliver(send: ContactSend, plan: PlannedBatches): Promise<INodeExecutionData[]> {
	const { context } = send;
	const { request } = plan;
	if (send.preview) return previewPlannedBatches(context, plan);
	const existing = await send.choices.createOnce?.existing(request.fields, request.itemIndex);
	if (existing) {
		const pairedItem = request.fromOneItem ? { item: request.itemIndex } : request.contacts.sources.map((item) => ({ item }));
		return [{ json: { ...existing, existing: true, contacts: 0, note: 'The name exists: the existing one is used and nothing was sent' }, pairedItem }];
	}
	return await sendPlannedBatches.call(context, plan);
}

/** The output of one request: its warnings, the contacts left out, the problem items, and the counts on every item. */
function finish(send: ContactSend, output: INodeExecutionData[], contacts: CheckedContacts, itemIndex: number, problemOutput: INodeExecutionData[] = []): INodeExecutionData[] {
	const warnings = send.choices.warningsOf?.(itemIndex) ?? [];
	const warned = warnings.length > 0 && output.length > 0 ? [{ ...output[0], json: { ...output[0].json, warnings } }, ...output.slice(1)] : output;
	const reported = send.preview ? [...warned, ...leftOutItems(contacts.leftOut)] : withLeftOutReported(warned, contacts.leftOut);
	return withSummary([...reported, ...problemOutput], summarise(output, contacts.problems, contacts.leftOut, send.preview));
}

function hasLeftOut(contacts: CheckedContacts): boolean {
	return Object.values(contacts.leftOut).some((entries) => entries.length > 0);
}

/** Every input item is one contact; the whole list is one request (in chunks), its settings read from the first item. */
async function sendContactsOfItems(send: ContactSend): Promise<INodeExecutionData[]> {
	const { context, items } = send;
	const continueOnFail = context.continueOnFail();
	const read = contactsFromItems(context, items, send.list);
	checkToolContactCap(context, read.sources.length);
	let contacts: CheckedContacts = { ...read, leftOut: noneLeftOut() };
	try {
		contacts = await checkContacts(send, read, 0, String(context.getNodeParameter('phoneNumberField', 0, '')).trim(), false);
		const { sources, problems } = contacts;
		if (problems.length > 0 && !continueOnFail) throw refuseProblems(context, problems);
		if (sources.length === 0 && hasLeftOut(contacts)) return finish(send, nothingSentItem(0, false), contacts, 0, problemItems(context, problems));
		if (sources.length === 0) {
			if (continueOnFail) return problemItems(context, problems);
			throw new NodeOperationError(context.getNode(), `There are no input items to take ${send.wording.people} from`, { itemIndex: 0 });
		}
		const output = await deliver(send, planContactBatches(context, batchRequest(send, 0, contacts, false)));
		return finish(send, output, contacts, 0, problemItems(context, problems));
	} catch (error) {
		if (!continueOnFail) throw asNodeError(context, error, 0);
		// Under Continue On Fail the batching throws only before its first request (a chunk that fails
		// becomes error items), so nothing went out: every contact's item says why, with its fields.
		const refused = asNodeError(context, error, 0);
		const leftOutItemsOf = Object.values(contacts.leftOut).flatMap((entries) => entries.map((entry) => entry.item));
		const unanswered = [...contacts.sources, ...leftOutItemsOf].sort((a, b) => a - b);
		return [...unanswered.map((source) => errorItemWithInput(items, source, refused)), ...problemItems(context, contacts.problems)];
	}
}

/**
 * Each input item sends the contacts typed into the node. The contact problems of every item are
 * found first, so without Continue On Fail one error names them all; a check that throws stays
 * with its item, which then fails in turn like an item whose fields cannot be read.
 */
async function sendTypedContacts(send: ContactSend): Promise<INodeExecutionData[]> {
	const { context, items } = send;
	const reads = items.map((_, itemIndex) => contactsFromList(context, itemIndex, send.list));
	checkToolContactCap(context, reads.reduce((sum, read) => sum + read.sources.length, 0));
	const refusedElsewhere = !context.continueOnFail() && reads.some((read) => read.problems.length > 0);
	const perItem: Array<CheckedContacts | { failed: unknown }> = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			perItem.push(await checkContacts(send, reads[itemIndex], itemIndex, 'Phone Number', refusedElsewhere));
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
		async (itemIndex, plan: PlannedBatches | undefined) => {
			const contacts = checkedOf(itemIndex);
			const output = plan ? await deliver(send, plan) : nothingSentItem(itemIndex, true);
			return finish(send, output, contacts, itemIndex);
		},
		(itemIndex: number) => {
			const contacts = checkedOf(itemIndex);
			if (contacts.problems.length > 0) throw refuseProblems(context, contacts.problems);
			if (contacts.sources.length === 0 && hasLeftOut(contacts)) return undefined;
			if (contacts.sources.length === 0) throw inputError(context, itemIndex, 'Contacts', `is empty: add at least one ${send.wording.person}`);
			return planContactBatches(context, batchRequest(send, itemIndex, contacts, true));
		},
	);
}

/**
 * Creates a task, plan or workflow with its contacts, adds or updates a workflow's contacts, or
 * sends a template to its receivers; see the file comment. A preview reads no credentials: it
 * sends nothing, not even a login.
 */
export async function createWithContacts(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	endpoint: Endpoint,
	readFields: FieldReader,
	choices: BatchingChoices = {},
): Promise<INodeExecutionData[]> {
	const list = contactListOf(this, endpoint);
	const preview = isPreview(this);
	if (!preview) readCredentialsAhead(this);
	const send: ContactSend = {
		context: this,
		items,
		endpoint,
		list,
		readFields,
		choices,
		wording: choices.wording ?? callWording,
		duplicatePolicy: readDuplicatePolicy(this),
		preview,
	};
	if (this.getNodeParameter('contactsSource', 0) === 'items') return await sendContactsOfItems(send);
	return await sendTypedContacts(send);
}
