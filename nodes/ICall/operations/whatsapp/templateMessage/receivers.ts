import type { INodeProperties } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/chatbot';
import type { ContactList } from '../../../api/contract/types';
import { contactFromWire } from '../../../api/contract/types';
import type { ContactProblem, ContactsRead } from '../../contacts/list';
import { fieldAt, keepContacts } from '../../contacts/list';
import type { DuplicatePolicy, LeftOutDuplicate } from '../../contacts/problems';
import { duplicateNumbersProperty } from '../../contacts/list';
import { removeDuplicateContacts } from '../../contacts/problems';
import { isBlank } from '../../fields';

/**
 * The receivers of a bulk template send, checked the way the iCall node checks the contacts of a
 * task: a receiver that lacks a variable, or repeats an earlier number, is refused under its item
 * (or, for a repeat, left out and reported), so nobody gets the message half-filled or twice.
 */

export const receiverList: ContactList = endpoints.templateMessageSend.contacts;

/** The shared "Duplicate Numbers" option, in words about messages rather than calls. */
export const duplicateReceiversProperty: INodeProperties = {
	...duplicateNumbersProperty,
	description: 'What to do when the same WhatsApp number is among the receivers more than once (it would get the message twice)',
	options: [
		{ name: 'Refuse Them', value: 'refuse', description: 'Each repeat is an error for its item; nobody gets the message twice' },
		{
			name: 'Keep the First and Report the Rest',
			value: 'keepFirst',
			description: 'The first entry is sent; the repeats are listed in the output under duplicatesLeftOut',
		},
	],
};

export interface CheckedReceivers {
	contacts: ContactsRead;
	/** Every refused receiver (its number, a variable, a repeat), ordered by input item. */
	problems: ContactProblem[];
	leftOut: LeftOutDuplicate[];
}

/**
 * A receiver lacks a variable when the template needs it, or (when the template is not read)
 * when other receivers of the same send have it: either way the send would go out half-filled.
 */
function missingVariables(read: ContactsRead, needed: string[] | undefined): Map<number, ContactProblem> {
	const variablesOf = read.sources.map((_, position) => (contactFromWire(receiverList.entry, read.entryAt(position)).variables ?? {}) as Record<string, unknown>);
	const names = needed ?? [...new Set(variablesOf.flatMap((variables) => Object.keys(variables).filter((name) => !isBlank(variables[name]))))];
	const why = needed ? 'the template needs' : 'other receivers have';
	const problems = new Map<number, ContactProblem>();
	variablesOf.forEach((variables, position) => {
		const missing = names.filter((name) => isBlank(variables[name]));
		if (missing.length === 0) return;
		problems.set(position, { itemIndex: read.sources[position], field: 'Variables', reason: `lacks ${missing.map((name) => `"${name}"`).join(', ')}, which ${why}` });
	});
	return problems;
}

/**
 * Takes out the receivers that must not be sent. Those lacking a variable go first, so a repeat of
 * a refused receiver is still sent once. `phoneField` names the number as the user set it up.
 */
export function checkReceivers(read: ContactsRead, needed: string[] | undefined, policy: DuplicatePolicy, phoneField: string): CheckedReceivers {
	const lacking = missingVariables(read, needed);
	const complete = keepContacts({ ...read, problems: [...read.problems, ...lacking.values()] }, (position) => !lacking.has(position));
	const { kept, leftOut } = removeDuplicateContacts(complete, policy, (position) => fieldAt(complete, position, phoneField));
	return { contacts: kept, problems: [...kept.problems].sort((a, b) => a.itemIndex - b.itemIndex), leftOut };
}
