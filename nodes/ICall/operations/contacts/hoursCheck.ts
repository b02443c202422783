import type { IExecuteFunctions } from 'n8n-workflow';
import { outsideCallingHours, readCallingHours } from './callingHours';
import type { ContactsRead } from './read';

/**
 * Applies the Calling Hours to the contacts of one request: each number must be callable in its
 * own time zones during the whole call window of the task, plan or workflow. The zones of a number
 * follow from its calling code and at most its area code, so numbers that share their first digits
 * share the answer, and a long list asks once per prefix while every number is inside the hours.
 */

/** The time a request calls or messages its contacts, epoch ms; no end: until it is stopped. */
export interface CallWindow {
	start: number;
	end?: number;
}

/** The window of a list that is called from now on until it is stopped (a plan, contacts added to a workflow). */
export function fromNowOn(): CallWindow {
	return { start: Date.now() };
}

/** "+" and the calling code and area code of the longest case (+1 and three digits), with room to spare. */
const ZONE_PREFIX_LENGTH = 7;

/** The contacts outside the hours, by position, with the reason; empty when no Calling Hours are set. */
export function findOutsideHours(
	context: IExecuteFunctions,
	read: Pick<ContactsRead, 'numbers'>,
	itemIndex: number,
	windowOf: () => CallWindow,
): Map<number, string> {
	const outside = new Map<number, string>();
	const hours = readCallingHours(context, itemIndex);
	if (!hours) return outside;
	const window = windowOf();
	const insidePrefixes = new Set<string>();
	read.numbers.forEach((number, position) => {
		const prefix = number.slice(0, ZONE_PREFIX_LENGTH);
		if (insidePrefixes.has(prefix)) return;
		const reason = outsideCallingHours(number, window, hours);
		if (reason === undefined) insidePrefixes.add(prefix);
		else outside.set(position, reason);
	});
	return outside;
}
