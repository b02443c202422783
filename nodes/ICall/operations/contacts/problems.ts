/** What to do when one contact list holds the same number more than once. */
import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { errorItem } from '../engine';
import type { ContactProblem, ContactsRead } from './list';
import { contactAt, keepContacts } from './list';

/** The contacts that cannot be sent, said in one message: the first five in full, then how many more. */
export function describeProblems(problems: ContactProblem[]): string {
	const shown = problems.slice(0, 5).map((p) => `item ${p.itemIndex}, field "${p.field}": ${p.reason}`);
	const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
	return `${problems.length} contact(s) cannot be sent: ${shown.join('; ')}${more}`;
}

/** Without Continue On Fail: the error that stops the node, under the first item with a problem. */
export function refuseProblems(context: IExecuteFunctions, problems: ContactProblem[]): NodeOperationError {
	return new NodeOperationError(context.getNode(), describeProblems(problems), { itemIndex: problems[0].itemIndex });
}

/** Under Continue On Fail: one error item per input item whose contacts cannot be sent, carrying every problem of that item. */
export function problemItems(context: IExecuteFunctions, problems: ContactProblem[]): INodeExecutionData[] {
	const byItem = new Map<number, ContactProblem[]>();
	for (const problem of problems) byItem.set(problem.itemIndex, [...(byItem.get(problem.itemIndex) ?? []), problem]);
	return [...byItem].map(([itemIndex, ofItem]) => errorItem(new NodeOperationError(context.getNode(), describeProblems(ofItem), { itemIndex }), itemIndex));
}

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

export type DuplicatePolicy = 'refuse' | 'keepFirst';

export interface RepeatedNumber {
	/** Position of the repeat in the list. */
	position: number;
	/** Position of the first entry with the same number. */
	firstPosition: number;
	number: string;
}

/**
 * The digits of a normalised number ("+" and at most 15 digits) as a double, which holds them
 * exactly; NaN for any other text.
 */
function numericKey(number: string): number {
	if (number.length < 2 || number.length > 16 || number.charCodeAt(0) !== 43) return Number.NaN;
	let value = 0;
	for (let index = 1; index < number.length; index++) {
		const digit = number.charCodeAt(index) - 48;
		if (digit < 0 || digit > 9) return Number.NaN;
		value = value * 10 + digit;
	}
	return value;
}

/**
 * Positions of the numbers that appeared earlier in the list, from a table of doubles: for
 * 100 000 numbers about twice as fast as a set of strings, with nothing left for the garbage
 * collector. Undefined when a number is not "+digits" (the caller then compares text).
 */
function repeatedPositionsByValue(numbers: readonly string[]): number[] | undefined {
	let size = 16;
	while (size < numbers.length * 2) size *= 2;
	const mask = size - 1;
	const values = new Float64Array(size);
	const taken = new Uint8Array(size);
	const repeatedAt: number[] = [];
	for (let position = 0; position < numbers.length; position++) {
		const value = numericKey(numbers[position]);
		if (Number.isNaN(value)) return undefined;
		const low = value % 4294967296;
		let slot = (Math.imul(low | 0, 0x9e3779b1) ^ Math.imul(((value - low) / 4294967296) | 0, 0x85ebca6b)) & mask;
		while (taken[slot] === 1 && values[slot] !== value) slot = (slot + 1) & mask;
		if (taken[slot] === 1) repeatedAt.push(position);
		else {
			taken[slot] = 1;
			values[slot] = value;
		}
	}
	return repeatedAt;
}

function repeatedPositionsByText(numbers: readonly string[]): number[] {
	const seen = new Set<string>();
	const repeatedAt: number[] = [];
	for (let position = 0; position < numbers.length; position++) {
		const before = seen.size;
		seen.add(numbers[position]);
		if (seen.size === before) repeatedAt.push(position);
	}
	return repeatedAt;
}

/**
 * Finds every entry whose (already normalised) number appeared earlier in the same list: dialling
 * it twice would call the person twice in one task. Only a list with repeats then looks up where
 * each repeated number first appeared.
 */
export function findRepeatedNumbers(numbers: readonly string[]): RepeatedNumber[] {
	const repeatedAt = repeatedPositionsByValue(numbers) ?? repeatedPositionsByText(numbers);
	if (repeatedAt.length === 0) return [];
	const repeated = new Set(repeatedAt.map((position) => numbers[position]));
	const first = new Map<string, number>();
	numbers.forEach((number, position) => {
		if (repeated.has(number) && !first.has(number)) first.set(number, position);
	});
	return repeatedAt.map((position) => ({ position, firstPosition: first.get(numbers[position]) ?? position, number: numbers[position] }));
}

/** `firstEntry` names the contact that holds the number first, as the user finds it ("item 4", "Contacts[1]"). */
export function describeRepeat(repeat: RepeatedNumber, policy: DuplicatePolicy, firstEntry = `entry ${repeat.firstPosition}`): string {
	const what = `${repeat.number} is already in this list (${firstEntry})`;
	return policy === 'keepFirst' ? `${what}: left out, the first entry is dialled` : `${what}: remove the duplicate or set "Duplicate Numbers" to keep the first`;
}
