import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/chatbot';
import type { ContactBatchRequest } from '../../contacts/batches';
import { contactBatchingProperty, planContactBatches, sendContactBatches, sendPlannedBatches } from '../../contacts/batches';
import type { ContactsRead } from '../../contacts/list';
import { contactProperties, contactsFromItems, contactsFromList } from '../../contacts/list';
import { duplicateNumbersProperty } from '../../contacts/list';
import { problemItems, readDuplicatePolicy, refuseProblems, withLeftOutReported } from '../../contacts/problems';
import { escapeHatchProperty, forOperation, modeledNotice } from '../../define';
import { asNodeError, errorItemWithInput, runPerItem } from '../../engine';
import { readRequestSettings } from '../../sharedFields';
import type { CheckedReceivers } from './receivers';
import { checkReceivers, duplicateReceiversProperty, receiverList } from './receivers';
import type { TemplateChoice } from './templateFields';
import { checkTemplateOption, readTemplateChoice, requiredVariablesOnce, templateProperties } from './templateFields';

const endpoint = endpoints.templateMessageSend;
const list = receiverList;

/** In "From Input Items" mode one request carries everyone, so item 0's template fields serve them all. */
const readOnceNote = 'With Contacts Source "From Input Items", it is read once, from the first item, for every receiver (like the account and the template).';

const properties: INodeProperties[] = [
	...modeledNotice(endpoint),
	...templateProperties.map((property) => (property.name === 'language' ? { ...property, description: `${property.description}. ${readOnceNote}` } : property)),
	...contactProperties(list).map((property) => (property.name === duplicateNumbersProperty.name ? duplicateReceiversProperty : property)),
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

/** The variables every receiver must have; undefined when the user turned the template check off. */
type NeededVariables = (choice: TemplateChoice, itemIndex: number) => Promise<string[] | undefined>;

/** Reads each template (and language) once per run, however many items use it. */
function templateNeeds(context: IExecuteFunctions): NeededVariables {
	const required = requiredVariablesOnce(context);
	return async (choice, itemIndex) => {
		const options = context.getNodeParameter('sendOptions', itemIndex, {}) as { checkTemplate?: boolean };
		return options.checkTemplate === false ? undefined : await required(choice, itemIndex);
	};
}

/** One batching for every contact list (contactBatches.ts): chunks, order, per-contact error items. */
function batchRequest(items: INodeExecutionData[], contacts: ContactsRead, choice: TemplateChoice, itemIndex: number, fromOneItem: boolean): ContactBatchRequest {
	return { endpoint, list, fields: { ...choice }, contacts, items, itemIndex, fromOneItem };
}

/** Receivers typed into the node: each input item sends its own list, with its own template, checked before the first request. */
async function sendTypedReceivers(context: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const neededFor = templateNeeds(context);
	const policy = readDuplicatePolicy(context);
	return await runPerItem(
		context,
		items,
		readRequestSettings(context).concurrency,
		async (_, { plan, leftOut }) => withLeftOutReported(await sendPlannedBatches.call(context, plan), leftOut),
		async (itemIndex: number) => {
			const choice = readTemplateChoice(context, itemIndex);
			const receivers = checkReceivers(contactsFromList(context, itemIndex, list), await neededFor(choice, itemIndex), policy, 'Phone Number');
			if (receivers.problems.length > 0) throw refuseProblems(context, receivers.problems);
			if (receivers.contacts.sources.length === 0) throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: add at least one receiver`, { itemIndex });
			return { plan: planContactBatches(context, batchRequest(items, receivers.contacts, choice, itemIndex, true)), leftOut: receivers.leftOut };
		},
	);
}

/** Every input item is one receiver; the whole list goes out in chunks, checked before the first request. */
async function sendReceiversOfItems(context: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const continueOnFail = context.continueOnFail();
	const read = contactsFromItems(context, items, list);
	let receivers: CheckedReceivers = { contacts: read, problems: read.problems, leftOut: [] };
	try {
		const choice = readTemplateChoice(context, 0);
		const needed = await templateNeeds(context)(choice, 0);
		receivers = checkReceivers(read, needed, readDuplicatePolicy(context), String(context.getNodeParameter('phoneField', 0, '')).trim());
		const { contacts, problems, leftOut } = receivers;
		if (problems.length > 0 && !continueOnFail) throw refuseProblems(context, problems);
		if (contacts.sources.length === 0) {
			if (continueOnFail) return problemItems(context, problems);
			throw new NodeOperationError(context.getNode(), 'There are no input items to take receivers from', { itemIndex: 0 });
		}
		const sent = await sendContactBatches.call(context, batchRequest(items, contacts, choice, 0, false));
		return [...withLeftOutReported(sent, leftOut), ...problemItems(context, problems)];
	} catch (error) {
		if (!continueOnFail) throw asNodeError(context, error, 0);
		// Under Continue On Fail the batching throws only before its first request (a chunk that fails
		// becomes error items), so nothing went out: every receiver's item says why, with its fields.
		const refused = asNodeError(context, error, 0);
		return [...receivers.contacts.sources.map((source) => errorItemWithInput(items, source, refused)), ...problemItems(context, receivers.problems)];
	}
}

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	if (this.getNodeParameter('calleesSource', 0) !== 'items') return await sendTypedReceivers(this, items);
	return await sendReceiversOfItems(this, items);
}
