import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { DuplicatePolicy } from '../../helpers/duplicateNumbers';
import { describeRepeat, findRepeatedNumbers } from '../../helpers/duplicateNumbers';
import type { ContactsRead } from './contactsRead';
import { contactAt, keepContacts } from './contactsRead';

export const duplicateNumbersProperty: INodeProperties = {
	displayName: 'Duplicate Numbers',
	name: 'duplicateNumbers',
	type: 'options',
	default: 'refuse',
	description: 'What to do when the same phone number is in one contact list more than once (it would be dialled twice)',
	options: [
		{ name: 'Refuse Them', value: 'refuse', description: 'Each repeat is an error for its item; nothing is dialled twice' },
		{
			name: 'Keep the First and Report the Rest',
			value: 'keepFirst',
			description: 'The first entry is sent; the repeats are listed in the output under duplicatesLeftOut',
		},
	],
};

export interface LeftOutDuplicate {
	item: number;
	number: string;
	reason: string;
}

export function readDuplicatePolicy(context: IExecuteFunctions): DuplicatePolicy {
	return context.getNodeParameter('duplicateNumbers', 0, 'refuse') === 'keepFirst' ? 'keepFirst' : 'refuse';
}

/**
 * Takes repeated numbers out of a contact list that is about to be sent. Refused repeats become
 * problems of their item (an error item under Continue On Fail); kept-first repeats are returned
 * so the output can report them.
 */
export function removeDuplicateContacts(
	read: ContactsRead,
	policy: DuplicatePolicy,
	fieldOf: (position: number) => string,
): { kept: ContactsRead; leftOut: LeftOutDuplicate[] } {
	// The numbers were normalised when the list was read (contactList.ts), so equal numbers are equal text.
	const repeats = findRepeatedNumbers(read.numbers);
	if (repeats.length === 0) return { kept: read, leftOut: [] };
	const dropped = new Set(repeats.map((repeat) => repeat.position));
	const leftOut: LeftOutDuplicate[] = [];
	const problems = [...read.problems];
	for (const repeat of repeats) {
		const itemIndex = read.sources[repeat.position];
		const reason = describeRepeat(repeat, policy, contactAt(read, repeat.firstPosition));
		if (policy === 'refuse') problems.push({ itemIndex, field: fieldOf(repeat.position), reason });
		else leftOut.push({ item: itemIndex, number: repeat.number, reason });
	}
	return { kept: { ...keepContacts(read, (position) => !dropped.has(position)), problems }, leftOut };
}

/**
 * The left-out repeats are reported by the first output item, which is paired with their items
 * too, so every input item leads to an output item.
 */
export function withLeftOutReported(output: INodeExecutionData[], leftOut: LeftOutDuplicate[]): INodeExecutionData[] {
	if (leftOut.length === 0 || output.length === 0) return output;
	const [first, ...rest] = output;
	const paired = Array.isArray(first.pairedItem) ? [...first.pairedItem, ...leftOut.map((entry) => ({ item: entry.item }))] : first.pairedItem;
	return [{ ...first, json: { ...first.json, duplicatesLeftOut: leftOut.map((entry) => ({ ...entry })) }, pairedItem: paired }, ...rest];
}
