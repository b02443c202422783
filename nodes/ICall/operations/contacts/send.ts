import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { readCredentialsAhead } from '../../api/client';
import type { ContactList, Endpoint } from '../../api/contract/types';
import { asNodeError, errorItemWithInput, runPerItem } from '../engine';
import { readRequestSettings } from '../sharedFields';
import type { ContactBatchRequest } from './batches';
import { planContactBatches, sendContactBatches, sendPlannedBatches } from './batches';
import type { ContactsRead } from './list';
import { contactsFromItems, contactsFromList, fieldAt, keepContacts } from './list';
import type { LeftOutDuplicate } from './problems';
import { problemItems, readDuplicatePolicy, refuseProblems, removeDuplicateContacts, withLeftOutReported } from './problems';

/** The endpoint's contact list; an endpoint without one cannot take contacts. */
function contactListOf(context: IExecuteFunctions, endpoint: Endpoint): ContactList {
	if (!endpoint.contacts) {
		throw new NodeOperationError(context.getNode(), `${endpoint.resource}.${endpoint.operation} takes no contact list in the contract`);
	}
	return endpoint.contacts;
}

type FieldReader = (itemIndex: number) => Record<string, unknown>;

/** A check of the whole list (e.g. all or none carry a case ID): positions of contacts that must not go. */
export type ListCheck = (contacts: Pick<ContactsRead, 'sources' | 'entryAt'>) => Map<number, { field: string; reason: string }>;

/** How a list bigger than one request continues (see contactBatches.ts), and checks of the whole list. */
export type BatchingChoices = Pick<ContactBatchRequest, 'continueWith' | 'splitFields' | 'overLimitAdvice'> & { checkList?: ListCheck };

/** Moves the entries a list check refuses from the list to the problems, so they are reported, not sent. */
function applyListCheck(read: ContactsRead, check: ListCheck | undefined): ContactsRead {
	const refused = check?.(read);
	if (!refused || refused.size === 0) return read;
	const problems = [
		...read.problems,
		...[...refused].map(([position, problem]) => ({ itemIndex: read.sources[position], field: fieldAt(read, position, problem.field), reason: problem.reason })),
	];
	return { ...keepContacts(read, (position) => !refused.has(position)), problems };
}

/**
 * Creates a task, plan or workflow with its contacts. "From input items" turns all items into one request (a sheet of
 * 5 000 debtors becomes one task); "define below" sends one request per item. Every number is
 * checked before the first request; under "Continue On Fail" bad rows come out as error items.
 */
export async function createWithContacts(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	endpoint: Endpoint,
	readFields: FieldReader,
	{ checkList, ...batching }: BatchingChoices = {},
): Promise<INodeExecutionData[]> {
	const list = contactListOf(this, endpoint);
	readCredentialsAhead(this);
	const request = (itemIndex: number, read: ContactsRead, fromOneItem = false): ContactBatchRequest => ({
		...batching,
		fromOneItem,
		endpoint,
		list,
		fields: readFields(itemIndex),
		contacts: read,
		items,
		itemIndex,
	});
	const continueOnFail = this.continueOnFail();
	// The same number twice in one list: refused, or sent once and reported (the "Duplicate Numbers" option).
	const duplicatePolicy = readDuplicatePolicy(this);
	const withoutDuplicates = (read: ContactsRead, field: string): ContactsRead & { leftOut: LeftOutDuplicate[] } => {
		const { kept, leftOut } = removeDuplicateContacts(read, duplicatePolicy, (position) => fieldAt(read, position, field));
		return { ...kept, leftOut };
	};
	if (this.getNodeParameter('calleesSource', 0) === 'items') {
		const phoneField = String(this.getNodeParameter('phoneField', 0, ''));
		const contacts = withoutDuplicates(applyListCheck(contactsFromItems(this, items, list), checkList), phoneField);
		const { sources, problems, leftOut } = contacts;
		if (problems.length > 0 && !continueOnFail) throw refuseProblems(this, problems);
		const output = problemItems(this, problems);
		if (sources.length === 0) {
			if (continueOnFail) return output;
			throw new NodeOperationError(this.getNode(), 'There are no input items to take contacts from', { itemIndex: 0 });
		}
		try {
			output.unshift(...withLeftOutReported(await sendContactBatches.call(this, request(0, contacts)), leftOut));
		} catch (error) {
			if (!continueOnFail) throw asNodeError(this, error, 0);
			// Refused before sending (e.g. over the per-workflow limit): every contact's item says so.
			const refused = asNodeError(this, error, 0);
			output.unshift(...sources.map((source) => errorItemWithInput(items, source, refused)));
		}
		return output;
	}

	const perItem = items.map((_, itemIndex) =>
		withoutDuplicates(applyListCheck(contactsFromList(this, itemIndex, list), checkList), 'Phone Number'),
	);
	const problems = perItem.flatMap((entryOfItem) => entryOfItem.problems);
	if (problems.length > 0 && !continueOnFail) throw refuseProblems(this, problems);
	return await runPerItem(
		this,
		items,
		readRequestSettings(this).concurrency,
		async (itemIndex, plan) => withLeftOutReported(await sendPlannedBatches.call(this, plan), perItem[itemIndex].leftOut),
		(itemIndex: number) => {
			const { sources, problems: itemProblems } = perItem[itemIndex];
			if (itemProblems.length > 0) throw refuseProblems(this, itemProblems);
			if (sources.length === 0) throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: add at least one contact`, { itemIndex });
			return planContactBatches(this, request(itemIndex, perItem[itemIndex], true));
		},
	);
}
