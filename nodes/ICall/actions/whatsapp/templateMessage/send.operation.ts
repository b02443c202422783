import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ContactList } from '../../../contract';
import { contactFromWire, endpoints } from '../../../contract';
import { contactBatchingProperty, sendContactBatches } from '../../common/contactBatches';
import { contactProperties, contactsFromItems, contactsFromList, describeProblems } from '../../common/contactList';
import type { ContactProblem, ContactsRead } from '../../common/contactsRead';
import { keepContacts } from '../../common/contactsRead';
import { forOperation } from '../../common/display';
import { escapeHatchProperty } from '../../common/escapeHatch';
import { errorItem } from '../../common/itemRunner';
import { modeledNotice } from '../../common/modeledNotice';
import { preparedPerItem } from '../common/preparedItems';
import { checkTemplateOption, readTemplateChoice, requiredVariables, templateProperties } from './templateFields';

const endpoint = endpoints.templateMessageSend;
const list: ContactList = endpoint.contacts;

const properties: INodeProperties[] = [
	...modeledNotice(endpoint),
	...templateProperties,
	...contactProperties(list),
	{
		displayName: 'Options',
		name: 'sendOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{ ...checkTemplateOption, name: 'checkTemplate' },
		],
	},
	contactBatchingProperty(list, false),
	escapeHatchProperty(endpoint),
];

export const option: INodePropertyOptions = {
	name: 'Send',
	value: 'send',
	action: 'Send a template message to many people',
	description: 'Sends an approved WhatsApp template to many real people at once: every input item is one receiver',
};

export const description = forOperation('templateMessage', 'send', properties);

function blank(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * A receiver lacks a variable when the template needs it, or (when the template is not read)
 * when other receivers of the same send have it: either way the send would go out half-filled.
 */
function missingVariables(read: ContactsRead, needed: string[] | undefined): ContactProblem[] {
	const variablesOf = read.sources.map((_, position) => (contactFromWire(list.entry, read.entryAt(position)).variables ?? {}) as Record<string, unknown>);
	const names = needed ?? [...new Set(variablesOf.flatMap((variables) => Object.keys(variables).filter((name) => !blank(variables[name]))))];
	const problems: ContactProblem[] = [];
	variablesOf.forEach((variables, index) => {
		const missing = names.filter((name) => blank(variables[name]));
		if (missing.length === 0) return;
		const why = needed ? 'the template needs' : 'other receivers have';
		problems.push({ itemIndex: read.sources[index], field: 'Variables', reason: `lacks ${missing.map((name) => `"${name}"`).join(', ')}, which ${why}` });
	});
	return problems;
}

/** Every input item is one receiver; the whole list goes out in chunks, checked before the first request. */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const choice = readTemplateChoice(this, 0);
	const options = this.getNodeParameter('sendOptions', 0, {}) as { checkTemplate?: boolean };
	const needed = options.checkTemplate === false ? undefined : await requiredVariables(this, choice, 0);
	// One batching for every contact list (contactBatches.ts): chunks, order, per-contact error items.
	const sendBatches = async (contacts: ContactsRead, itemIndex: number, fields: Record<string, unknown>, fromOneItem: boolean) =>
		await sendContactBatches.call(this, { endpoint, list, fields, contacts, items, itemIndex, fromOneItem });
	if (this.getNodeParameter('calleesSource', 0) !== 'items') {
		// Receivers typed into the node: each input item sends its own list, checked before the first request.
		return await preparedPerItem(
			this,
			items,
			async (itemIndex) => {
				const read = contactsFromList(this, itemIndex, list);
				const problems = [...read.problems, ...missingVariables(read, needed)];
				if (problems.length > 0) throw new NodeOperationError(this.getNode(), describeProblems(problems), { itemIndex });
				if (read.sources.length === 0) throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: add at least one receiver`, { itemIndex });
				return { contacts: read, choice: readTemplateChoice(this, itemIndex) };
			},
			async ({ contacts, choice: ofItem }, itemIndex) => await sendBatches(contacts, itemIndex, { ...ofItem }, true),
		);
	}
	const read = contactsFromItems(this, items, list);
	const problems = [...read.problems, ...missingVariables(read, needed)].sort((a, b) => a.itemIndex - b.itemIndex);
	if (problems.length > 0 && !this.continueOnFail()) {
		throw new NodeOperationError(this.getNode(), describeProblems(problems), { itemIndex: problems[0].itemIndex });
	}
	const refused = new Set(problems.map((problem) => problem.itemIndex));
	const contacts = keepContacts(read, (position) => !refused.has(read.sources[position]));
	const output = [...refused].map((itemIndex) =>
		errorItem(new NodeOperationError(this.getNode(), describeProblems(problems.filter((p) => p.itemIndex === itemIndex)), { itemIndex }), itemIndex),
	);
	if (contacts.sources.length === 0) {
		if (this.continueOnFail()) return output;
		throw new NodeOperationError(this.getNode(), 'There are no input items to take receivers from', { itemIndex: 0 });
	}
	return [...(await sendBatches(contacts, 0, { ...choice }, false)), ...output];
}
