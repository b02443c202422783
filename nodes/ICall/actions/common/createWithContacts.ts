import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ContactList, Endpoint } from '../../contract';
import type { ContactProblem, ContactsRead } from './contactList';
import { contactsFromItems, contactsFromList, describeProblems } from './contactList';
import { asNodeError, errorItem, runPerItem } from './itemRunner';
import { readRequestSettings } from './requestSettings';
import { dataAsItem, sendForItem } from './send';

/** The endpoint's contact list; an endpoint without one cannot take contacts. */
function contactListOf(context: IExecuteFunctions, endpoint: Endpoint): ContactList {
	if (!endpoint.contacts) {
		throw new NodeOperationError(context.getNode(), `${endpoint.resource}.${endpoint.operation} takes no contact list in the contract`);
	}
	return endpoint.contacts;
}

type FieldReader = (itemIndex: number) => Record<string, unknown>;

/** One error item per input item whose contacts cannot be sent, carrying every problem of that item. */
function problemItems(context: IExecuteFunctions, problems: ContactProblem[]): INodeExecutionData[] {
	const byItem = new Map<number, ContactProblem[]>();
	for (const problem of problems) byItem.set(problem.itemIndex, [...(byItem.get(problem.itemIndex) ?? []), problem]);
	return [...byItem].map(([itemIndex, ofItem]) =>
		errorItem(new NodeOperationError(context.getNode(), describeProblems(ofItem), { itemIndex }), itemIndex),
	);
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
): Promise<INodeExecutionData[]> {
	const list = contactListOf(this, endpoint);
	const continueOnFail = this.continueOnFail();
	if (this.getNodeParameter('calleesSource', 0) === 'items') {
		const { wire, sources, problems } = contactsFromItems(this, items, list);
		if (problems.length > 0 && !continueOnFail) {
			throw new NodeOperationError(this.getNode(), describeProblems(problems), { itemIndex: problems[0].itemIndex });
		}
		const output = problemItems(this, problems);
		if (wire.length === 0) {
			if (continueOnFail) return output;
			throw new NodeOperationError(this.getNode(), 'There are no input items to take contacts from', { itemIndex: 0 });
		}
		try {
			const values = { ...readFields(0), [list.field]: wire };
			const { body } = await sendForItem.call(this, endpoint, values, 0);
			output.unshift({ json: dataAsItem(body), pairedItem: sources.map((item) => ({ item })) });
		} catch (error) {
			if (!continueOnFail) throw asNodeError(this, error, 0);
			output.unshift(errorItem(asNodeError(this, error, 0), sources));
		}
		return output;
	}

	const perItem: ContactsRead[] = items.map((_, itemIndex) => contactsFromList(this, itemIndex, list));
	const problems = perItem.flatMap((entryOfItem) => entryOfItem.problems);
	if (problems.length > 0 && !continueOnFail) {
		throw new NodeOperationError(this.getNode(), describeProblems(problems), { itemIndex: problems[0].itemIndex });
	}
	return await runPerItem(this, items, readRequestSettings(this).concurrency, async (itemIndex) => {
		const { wire, problems: itemProblems } = perItem[itemIndex];
		if (itemProblems.length > 0) throw new NodeOperationError(this.getNode(), describeProblems(itemProblems), { itemIndex });
		if (wire.length === 0) throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: add at least one contact`, { itemIndex });
		const values = { ...readFields(itemIndex), [list.field]: wire };
		const { body } = await sendForItem.call(this, endpoint, values, itemIndex);
		return [dataAsItem(body)];
	});
}
