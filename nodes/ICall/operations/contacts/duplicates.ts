import type { IExecuteFunctions } from 'n8n-workflow';
import type { LeftOutContact } from './leftOut';
import type { ContactsRead } from './read';
import { contactAt, keepContacts } from './read';

/**
 * The same number twice in one list would call or message the person twice: each repeat is
 * refused, or left out and reported (the "Duplicate Numbers" option).
 */

export type DuplicatePolicy = 'refuse' | 'keepFirst';

export interface RepeatedNumber {
	/** Position of the repeat in the list. */
	position: number;
	/** Position of the first entry with the same number. */
	firstPosition: number;
	number: string;
}

export function readDuplicatePolicy(context: IExecuteFunctions): DuplicatePolicy {
	return context.getNodeParameter('duplicateNumbers', 0, 'refuse') === 'keepFirst' ? 'keepFirst' : 'refuse';
}

/**
 * Every entry whose number appeared earlier in the same list, with where it first appeared. The
 * numbers are normalised when the list is read, so equal numbers are equal text.
 */
export function findRepeatedNumbers(numbers: readonly string[]): RepeatedNumber[] {
	const firstPositionOf = new Map<string, number>();
	const repeats: RepeatedNumber[] = [];
	numbers.forEach((number, position) => {
		const firstPosition = firstPositionOf.get(number);
		if (firstPosition === undefined) firstPositionOf.set(number, position);
		else repeats.push({ position, firstPosition, number });
	});
	return repeats;
}

/** `firstEntry` names the contact that holds the number first, as the user finds it ("item 4", "Contacts[1]"). */
export function describeRepeat(repeat: RepeatedNumber, policy: DuplicatePolicy, firstEntry = `entry ${repeat.firstPosition}`): string {
	const what = `${repeat.number} is already in this list (${firstEntry})`;
	return policy === 'keepFirst' ? `${what}: left out, the first entry is dialled` : `${what}: remove the duplicate or set "Duplicate Numbers" to keep the first`;
}

/**
 * Takes repeated numbers out of a contact list that is about to be sent. Refused repeats become
 * problems of their item (an error item under Continue On Fail); kept-first repeats are returned
 * so the output can report them. `fieldOf` names a contact's number as the user set it up.
 */
export function removeDuplicateContacts(
	read: ContactsRead,
	policy: DuplicatePolicy,
	fieldOf: (position: number) => string,
): { kept: ContactsRead; leftOut: LeftOutContact[] } {
	const repeats = findRepeatedNumbers(read.numbers);
	if (repeats.length === 0) return { kept: read, leftOut: [] };
	const dropped = new Set(repeats.map((repeat) => repeat.position));
	const leftOut: LeftOutContact[] = [];
	const problems = [...read.problems];
	for (const repeat of repeats) {
		const itemIndex = read.sources[repeat.position];
		const reason = describeRepeat(repeat, policy, contactAt(read, repeat.firstPosition));
		if (policy === 'refuse') problems.push({ itemIndex, field: fieldOf(repeat.position), reason, kind: 'duplicate' });
		else leftOut.push({ item: itemIndex, number: repeat.number, reason });
	}
	return { kept: { ...keepContacts(read, (position) => !dropped.has(position)), problems }, leftOut };
}
