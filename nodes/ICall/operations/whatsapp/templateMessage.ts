import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { endpoints } from '../../api/contract/chatbot';
import { templateRow } from '../../api/contract/chatbotModel';
import { contactFromWire } from '../../api/contract/types';
import { contactBatchingProperty } from '../contacts/batches';
import { contactProperties, messageWording } from '../contacts/list';
import type { ListCheck, ListFinding, ListToCheck } from '../contacts/send';
import { createWithContacts } from '../contacts/send';
import { defineOperation, defineResource, parseJsonObject } from '../define';
import { dataAsItem, oneResultEach, requestFields, runPerItem, sendFields, sendForItem } from '../engine';
import { inputError, isBlank, readLocator, readPhone } from '../fields';
import { readRequestSettings } from '../sharedFields';
import { templateLocator, wabaAccountLocator } from './pickers';

const receiverList = endpoints.templateMessageSend.contacts;

const templateProperties: INodeProperties[] = [
	wabaAccountLocator,
	templateLocator,
	{
		displayName: 'Language',
		name: 'language',
		type: 'string',
		default: 'en',
		required: true,
		placeholder: 'e.g. en or pt_BR',
		description: 'A language the template is approved in (see Template: Get)',
	},
];

const checkTemplateOption: INodeProperties = {
	displayName: 'Check Against Template',
	name: 'checkTemplate',
	type: 'boolean',
	default: true,
	description: 'Whether to read the template first and stop before sending when the language is not approved or a variable it needs is missing',
};

interface TemplateChoice {
	wabaAccountId: string;
	templateId: string;
	language: string;
}

function readTemplateChoice(context: IExecuteFunctions, itemIndex: number): TemplateChoice {
	const language = String(context.getNodeParameter('language', itemIndex, '') ?? '').trim();
	if (language === '') throw inputError(context, itemIndex, 'Language', 'is empty');
	return {
		wabaAccountId: readLocator(context, wabaAccountLocator, itemIndex),
		templateId: readLocator(context, templateLocator, itemIndex),
		language,
	};
}

function stringList(value: unknown): string[] | undefined {
	return Array.isArray(value) ? value.map(String) : undefined;
}

/** Checks a language against the template; returns the variable names every receiver must have. */
async function requiredVariables(context: IExecuteFunctions, choice: TemplateChoice, itemIndex: number): Promise<string[]> {
	const { body } = await sendForItem.call(context, endpoints.templateGet, { templateId: choice.templateId }, itemIndex);
	const template = dataAsItem(body);
	const languages = stringList(template[templateRow.languages]);
	if (languages && !languages.includes(choice.language)) {
		throw inputError(context, itemIndex, 'Language', `template ${choice.templateId} is not approved in "${choice.language}" (it is in: ${languages.join(', ')})`);
	}
	return stringList(template[templateRow.variables]) ?? [];
}

/**
 * requiredVariables, with each template (and language) read once per run however many items use it.
 * A failed read is kept too, so every item of that template gets the same answer.
 */
function requiredVariablesOnce(context: IExecuteFunctions): (choice: TemplateChoice, itemIndex: number) => Promise<string[]> {
	const read = new Map<string, Promise<string[]>>();
	return async (choice, itemIndex) => {
		const key = `${choice.templateId}\u0000${choice.language}`;
		if (!read.has(key)) read.set(key, requiredVariables(context, choice, itemIndex));
		return await read.get(key)!;
	};
}

function quotedList(names: string[]): string {
	return names.map((name) => `"${name}"`).join(', ');
}

/**
 * A receiver lacks a variable when the template needs it, or (when the template is not read)
 * when other receivers of the same send have it: either way its message would go out half-filled.
 */
function receiversLackingVariables(contacts: ListToCheck, needed: string[] | undefined): Map<number, ListFinding> {
	const variablesOf = contacts.sources.map(
		(_, position) => (contactFromWire(receiverList.entry, contacts.entryAt(position)).variables ?? {}) as Record<string, unknown>,
	);
	const names = needed ?? [...new Set(variablesOf.flatMap((variables) => Object.keys(variables).filter((name) => !isBlank(variables[name]))))];
	const why = needed ? 'the template needs' : 'other receivers have';
	const lacking = new Map<number, ListFinding>();
	variablesOf.forEach((variables, position) => {
		const missing = names.filter((name) => isBlank(variables[name]));
		if (missing.length > 0) lacking.set(position, { field: 'Variables', reason: `lacks ${quotedList(missing)}, which ${why}`, withoutRow: true });
	});
	return lacking;
}

/** The template check of a bulk send, as a check of the contact list: each template is read once per run. */
function templateVariablesCheck(context: IExecuteFunctions): ListCheck {
	const required = requiredVariablesOnce(context);
	return async (contacts, itemIndex) => {
		const choice = readTemplateChoice(context, itemIndex);
		const options = context.getNodeParameter('sendOptions', itemIndex, {}) as { checkTemplate?: boolean };
		const needed = options.checkTemplate === false ? undefined : await required(choice, itemIndex);
		return receiversLackingVariables(contacts, needed);
	};
}

/** In "From Input Items" mode one request carries everyone, so item 0's template fields serve them all. */
const readOnceNote = 'With Contacts Source "From Input Items", it is read once, from the first item, for every receiver (like the account and the template).';

const send = defineOperation(
	endpoints.templateMessageSend,
	{
		name: 'Send',
		action: 'Send a template message to many people',
		description: 'Sends an approved WhatsApp template to many real people at once: every input item is one receiver',
	},
	[
		...templateProperties.map((property) => (property.name === 'language' ? { ...property, description: `${property.description}. ${readOnceNote}` } : property)),
		...contactProperties(receiverList, messageWording),
		{
			displayName: 'Options',
			name: 'sendOptions',
			type: 'collection',
			placeholder: 'Add option',
			default: {},
			options: [checkTemplateOption],
		},
		contactBatchingProperty(receiverList, false),
	],
	async function (items) {
		return await createWithContacts.call(this, items, endpoints.templateMessageSend, (itemIndex) => ({ ...readTemplateChoice(this, itemIndex) }), {
			checkList: templateVariablesCheck(this),
			wording: messageWording,
		});
	},
);

/** Single sends carry their variables as text: objects and lists as JSON. */
function stringValues(source: Record<string, unknown>): Record<string, string> {
	return Object.fromEntries(
		Object.entries(source)
			.filter(([, value]) => value !== undefined && value !== null)
			.map(([key, value]) => [key, typeof value === 'object' ? JSON.stringify(value) : String(value)]),
	);
}

const sendSingle = defineOperation(
	endpoints.templateMessageSendSingle,
	{
		name: 'Send Single',
		action: 'Send a template message to one person',
		description: 'Sends an approved WhatsApp template to one real person, one message per input item',
	},
	[
		...templateProperties,
		{
			displayName: 'Phone Number',
			name: 'phoneNumber',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. +6281234567890',
			description: 'The WhatsApp number of the receiver, E.164 with a leading "+"',
		},
		{
			displayName: 'Variables (JSON)',
			name: 'variables',
			type: 'json',
			default: '{}',
			description: 'The values of the template variables, e.g. {"name": "Budi", "amount": "150000"}',
		},
		checkTemplateOption,
	],
	async function (items) {
		const endpoint = endpoints.templateMessageSendSingle;
		const required = requiredVariablesOnce(this);
		return await runPerItem(
			this,
			items,
			readRequestSettings(this).concurrency,
			async (itemIndex, fields) => [dataAsItem((await sendFields.call(this, endpoint, fields, itemIndex)).body)],
			async (itemIndex: number) => {
				const choice = readTemplateChoice(this, itemIndex);
				const callee = readPhone(this, 'phoneNumber', 'Phone Number', itemIndex);
				const variables = stringValues(parseJsonObject(this, this.getNodeParameter('variables', itemIndex, '{}'), 'Variables (JSON)', itemIndex));
				if (this.getNodeParameter('checkTemplate', itemIndex, true)) {
					// A value of spaces shows as a gap in the message, so it counts as missing (as in the bulk send).
					const missing = (await required(choice, itemIndex)).filter((name) => isBlank(variables[name]));
					if (missing.length > 0) throw inputError(this, itemIndex, 'Variables (JSON)', `lacks ${quotedList(missing)}, which template ${choice.templateId} needs`);
				}
				return requestFields(this, endpoint, { ...choice, callee, variables }, itemIndex);
			},
		);
	},
);

const getResult = defineOperation(
	endpoints.templateMessageGetResult,
	{ name: 'Get Result', action: 'Get the result of a template send', description: 'Read how a bulk template send went for each receiver' },
	[
		{
			displayName: 'Batch ID',
			name: 'batchId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. {{ $json.batch_id }}',
			description: 'The ID a Template Message: Send returned',
		},
	],
	oneResultEach((context, itemIndex) => {
		const batchId = String(context.getNodeParameter('batchId', itemIndex, '') ?? '').trim();
		if (batchId === '') throw inputError(context, itemIndex, 'Batch ID', 'is empty');
		return { batchId };
	}),
);

export const templateMessage = defineResource('Template Message', [send, sendSingle, getResult]);
