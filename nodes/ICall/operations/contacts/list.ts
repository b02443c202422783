import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import type { ContactList } from '../../api/contract/types';
import { defaultCountryProperty } from './defaultCountry';

/**
 * The editor fields of a contact list: where the contacts come from, which input fields hold
 * their number, case, robot and variables, and what to do with a number given twice. The same
 * fields serve a list of people to call and a list of people to message, each in its own words.
 */

/** How the fields and errors of a list speak of the people on it and of their variables. */
export interface ContactWording {
	/** One person on the list: "contact", "receiver". */
	person: string;
	/** The people of the list, in the "From Input Items" description: "contacts", "receivers". */
	people: string;
	/** Examples of the request's other settings, read from the first item. */
	otherSettings: string;
	/** What a variable is to the person who receives it: "robot variable", "template variable". */
	variable: string;
	/** The description of a typed contact's variables. */
	typedVariables: string;
	/** The "Duplicate Numbers" field's description and its refusing option. */
	duplicateNumbers: { description: string; refuse: INodePropertyOptions };
}

const keepFirstOption: INodePropertyOptions = {
	name: 'Keep the First and Report the Rest',
	value: 'keepFirst',
	description: 'The first entry is sent; the repeats are listed in the output under duplicatesLeftOut',
};

/** A list of people the voice robot calls (task, plan, workflow). */
export const callWording: ContactWording = {
	person: 'contact',
	people: 'contacts',
	otherSettings: 'name, robot, template, workflow',
	variable: 'robot variable',
	typedVariables: 'Values the robot speaks, e.g. {"name": "Budi", "amount": 150000}',
	duplicateNumbers: {
		description: 'What to do when the same phone number is in one contact list more than once (it would be dialled twice)',
		refuse: { name: 'Refuse Them', value: 'refuse', description: 'Each repeat is an error for its item; nothing is dialled twice' },
	},
};

/** A list of people who receive a WhatsApp template message. */
export const messageWording: ContactWording = {
	person: 'receiver',
	people: 'receivers',
	otherSettings: 'account, template, language',
	variable: 'template variable',
	typedVariables: 'The values of the template variables, e.g. {"name": "Budi", "amount": "150000"}',
	duplicateNumbers: {
		description: 'What to do when the same WhatsApp number is among the receivers more than once (it would get the message twice)',
		refuse: { name: 'Refuse Them', value: 'refuse', description: 'Each repeat is an error for its item; nobody gets the message twice' },
	},
};

const fromItems = { show: { contactsSource: ['items'] } };

/** The fields that choose where the contacts come from; a robot per contact only where the entry has one. */
export function contactProperties(list: ContactList, wording: ContactWording = callWording): INodeProperties[] {
	const perContactRobot = list.entry.robotId !== undefined;
	return [
		{
			displayName: 'Contacts Source',
			name: 'contactsSource',
			type: 'options',
			noDataExpression: true,
			default: 'items',
			options: [
				{
					name: 'From Input Items (One for All Items)',
					value: 'items',
					description: `Every input item is one ${wording.person}; all of them go into a single request, whose other settings (${wording.otherSettings}) are read from the first item`,
				},
				{
					name: 'Define Below (One per Input Item)',
					value: 'list',
					description: `Each input item sends its own request with the ${wording.people} listed here`,
				},
			],
		},
		{
			displayName: 'Phone Number Field',
			name: 'phoneNumberField',
			type: 'string',
			default: 'phone',
			required: true,
			description: 'Name of the input field holding the E.164 number (e.g. +6281234567890). Dots reach nested fields.',
			displayOptions: fromItems,
		},
		defaultCountryProperty,
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
				{ name: 'All Other Fields', value: 'otherFields', description: `Every other input field becomes a ${wording.variable}` },
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
			description: `Comma-separated input fields to send as ${wording.variable}s`,
			displayOptions: { show: { contactsSource: ['items'], variablesFrom: ['selected'] } },
		},
		{
			displayName: 'Contacts',
			name: 'contacts',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Contact',
			default: {},
			displayOptions: { show: { contactsSource: ['list'] } },
			options: [
				{
					displayName: 'Contact',
					name: 'contact',
					values: [
						{ displayName: 'Phone Number', name: 'phoneNumber', type: 'string', default: '', placeholder: 'e.g. +6281234567890', required: true },
						{ displayName: 'Case ID', name: 'caseId', type: 'string', default: '' },
						...(perContactRobot
							? [{ displayName: 'Robot ID', name: 'robotId', type: 'string', default: '', description: "Overrides the node's Robot for this contact" } satisfies INodeProperties]
							: []),
						{ displayName: 'Variables (JSON)', name: 'variables', type: 'json', default: '{}', description: wording.typedVariables },
					],
				},
			],
		},
		{
			displayName: 'Duplicate Numbers',
			name: 'duplicateNumbers',
			type: 'options',
			default: 'refuse',
			description: wording.duplicateNumbers.description,
			options: [wording.duplicateNumbers.refuse, keepFirstOption],
		},
	];
}
