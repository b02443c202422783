import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { endpoints } from '../../api/contract/chatbot';
import { templateRow } from '../../api/contract/chatbotModel';
import { contactFromWire } from '../../api/contract/types';
import { contactBatchingProperty } from '../contacts/batches';
import { contactProperties, messageWording } from '../contacts/list';
import { safeDialingProperties } from '../contacts/safeDialing';
import type { ListCheck, ListFinding, ListToCheck } from '../contacts/send';
import { createWithContacts } from '../contacts/send';
import { defineOperation, defineResource, parseJsonObject } from '../define';
import { dataAsItem, oneResultEach, requestFields, runPerItem, sendFields, sendForItem } from '../engine';
import { inputError, isBlank, readLocator, readPhone } from '../fields';
import { isPreview, previewProperty, previewRequest } from '../preview';
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
	description:
		'Whether to read the template first and stop before sending when the language is not approved or a variable it needs is missing. An answer that cannot be read does not stop the send: the output carries a warning.',
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

/**
 * What the template says every receiver needs, or why it was not checked. The template's answer is
 * our model of AIRudder's: an answer without a list of variables is not understood, and a check
 * that is not certain must not stop a good send, so it becomes a warning instead.
 */
type TemplateNeeds = { variables: string[] } | { warning: string };

/** Checks a language against the template; returns the variable names every receiver must have. */
async function requiredVariables(context: IExecuteFunctions, choice: TemplateChoice, itemIndex: number): Promise<TemplateNeeds> {
	const { body } = await sendForItem.call(context, endpoints.templateGet, { templateId: choice.templateId }, itemIndex);
	const template = dataAsItem(body);
	const languages = stringList(template[templateRow.languages]);
	if (languages && !languages.includes(choice.language)) {
		throw inputError(context, itemIndex, 'Language', `template ${choice.templateId} is not approved in "${choice.language}" (it is in: ${languages.join(', ')})`);
	}
	const variables = stringList(template[templateRow.variables]);
	if (variables) return { variables };
	return { warning: `Check Against Template: the answer for template ${choice.templateId} has no list of variables (${templateRow.variables}) this node understands, so the variables were not checked against it` };
}

/** A preview sends no request, so it cannot read the template. */
const NOT_READ_IN_PREVIEW = 'Check Against Template: a preview sends no request, so the template was not read; the real send checks it';

/**
 * requiredVariables, with each template (and language) read once per run however many items use it.
 * A failed read is kept too, so every item of that template gets the same answer.
 */
function requiredVariablesOnce(context: IExecuteFunctions): (choice: TemplateChoice, itemIndex: number) => Promise<TemplateNeeds> {
	const read = new Map<string, Promise<TemplateNeeds>>();
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

/**
 * The template check of a bulk send, as a check of the contact list: each template is read once per
 * run, and not at all for a run that stops anyway or a preview. Its warnings go to the output.
 */
function templateVariablesCheck(context: IExecuteFunctions): { checkList: ListCheck; warningsOf: (itemIndex: number) => string[] } {
	const required = requiredVariablesOnce(context);
	const warnings = new Map<number, string[]>();
	const checkList: ListCheck = async (contacts, itemIndex) => {
		const choice = readTemplateChoice(context, itemIndex);
		const options = context.getNodeParameter('sendOptions', itemIndex, {}) as { checkTemplate?: boolean };
		if (options.checkTemplate === false) return receiversLackingVariables(contacts, undefined);
		if (contacts.refusedAlready) return new Map();
		const needs = isPreview(context) ? { warning: NOT_READ_IN_PREVIEW } : await required(choice, itemIndex);
		if ('variables' in needs) return receiversLackingVariables(contacts, needs.variables);
		warnings.set(itemIndex, [needs.warning]);
		return new Map();
	};
	return { checkList, warningsOf: (itemIndex) => warnings.get(itemIndex) ?? [] };
}

/** In "From Input Items" mode one request carries everyone, so item 0's template fields serve them all. */
const readOnceNote = 'With Contacts Source "From Input Items", it is read once, from the first item, for every receiver (like the account and the template).';

const send = defineOperation(
	endpoints.templateMessageSend,
	{
		name: 'Send',
		action: 'Send a template message to many real people (preview first to see who)',
		description: 'Sends an approved WhatsApp template to many real people at once: every input item is one receiver',
	},
	[
		...templateProperties.map((property) => (property.name === 'language' ? { ...property, description: `${property.description}. ${readOnceNote}` } : property)),
		...contactProperties(receiverList, messageWording),
		...safeDialingProperties(true),
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
			...templateVariablesCheck(this),
			wording: messageWording,
			// A message goes out at once: the receivers' local time now must be inside the hours.
			callWindow: () => ({ start: Date.now(), end: Date.now() }),
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
		action: 'Send a template message to one real person',
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
		previewProperty,
	],
	async function (items) {
		const endpoint = endpoints.templateMessageSendSingle;
		const required = requiredVariablesOnce(this);
		const preview = isPreview(this);
		return await runPerItem(
			this,
			items,
			readRequestSettings(this).concurrency,
			async (itemIndex, { fields, warnings }) => {
				const result = preview ? previewRequest(endpoint, fields) : dataAsItem((await sendFields.call(this, endpoint, fields, itemIndex)).body);
				return [warnings.length > 0 ? { ...result, warnings } : result];
			},
			async (itemIndex: number) => {
				const choice = readTemplateChoice(this, itemIndex);
				const callee = readPhone(this, 'phoneNumber', 'Phone Number', itemIndex);
				const variables = stringValues(parseJsonObject(this, this.getNodeParameter('variables', itemIndex, '{}'), 'Variables (JSON)', itemIndex));
				const warnings: string[] = [];
				if (this.getNodeParameter('checkTemplate', itemIndex, true)) {
					const needs = preview ? { warning: NOT_READ_IN_PREVIEW } : await required(choice, itemIndex);
					// A value of spaces shows as a gap in the message, so it counts as missing (as in the bulk send).
					const missing = 'variables' in needs ? needs.variables.filter((name) => isBlank(variables[name])) : [];
					if (missing.length > 0) throw inputError(this, itemIndex, 'Variables (JSON)', `lacks ${quotedList(missing)}, which template ${choice.templateId} needs`);
					if ('warning' in needs) warnings.push(needs.warning);
				}
				return { fields: requestFields(this, endpoint, { ...choice, callee, variables }, itemIndex), warnings };
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
