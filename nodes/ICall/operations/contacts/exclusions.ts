import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { inputError } from '../fields';
import { checkPhoneNumber } from './entries';
import type { ContactsRead } from './read';
import { fieldReader } from './read';
import { readExclusionSettings } from './safeDialing';

/**
 * The do-not-call list: numbers given in the node (text, or a list from an expression) and a
 * per-item flag. A matching contact is left out and reported, never sent. The list may be far
 * longer than the send (a million numbers against a sheet of a hundred thousand), so only the
 * send's own numbers are held in a set, and the list streams past it once.
 */

const EXCLUDE_NUMBERS = 'Exclude Numbers';
const EXCLUDE_WHEN_FIELD = 'Exclude When Field Is True';

/** Separators between numbers in a typed list; spaces stay, as they may sit inside one number. */
const LIST_SEPARATORS = /[\n\r,;]+/;

/** Values a sheet or a form uses for "yes" in a flag column. */
const TRUE_TEXT = /^(true|yes|1)$/i;

function isFlagSet(value: unknown): boolean {
	if (value === true || value === 1) return true;
	return typeof value === 'string' && TRUE_TEXT.test(value.trim());
}

/** The entries of the Exclude Numbers value, as given: a list, or text cut at its separators. */
function listedEntries(context: IExecuteFunctions, itemIndex: number, raw: unknown): unknown[] {
	if (raw === undefined || raw === null || raw === '') return [];
	if (Array.isArray(raw)) return raw;
	if (typeof raw === 'string') return raw.split(LIST_SEPARATORS);
	if (typeof raw === 'number') return [raw];
	throw inputError(context, itemIndex, EXCLUDE_NUMBERS, `must be text or a list of phone numbers, got ${typeof raw === 'object' ? 'an object' : `a ${typeof raw}`}`);
}

/**
 * The numbers of `entries` that are also in the send, normalised like a contact's number. A blank
 * entry is skipped; one that is no phone number cannot match any contact and is skipped too.
 */
function excludedNumbersIn(context: IExecuteFunctions, itemIndex: number, entries: unknown[], inSend: ReadonlySet<string>): Set<string> {
	const found = new Set<string>();
	for (let index = 0; index < entries.length; index++) {
		const entry = entries[index];
		if (typeof entry === 'object' && entry !== null) {
			throw inputError(context, itemIndex, EXCLUDE_NUMBERS, `entry ${index} is an object, not a phone number: give a list of numbers (e.g. map the items to their phone field)`);
		}
		if (typeof entry === 'string' && inSend.has(entry)) {
			found.add(entry);
			continue;
		}
		if (entry === undefined || entry === null || (typeof entry === 'string' && entry.trim() === '')) continue;
		const phone = checkPhoneNumber(typeof entry === 'string' ? entry.trim() : entry);
		if (phone.ok && inSend.has(phone.number)) found.add(phone.number);
	}
	return found;
}

/**
 * The contacts of a send to leave out, by position, with the reason of each. Settings are read
 * from `itemIndex` (the first item when one request carries every item).
 */
export function findExcludedContacts(
	context: IExecuteFunctions,
	items: INodeExecutionData[],
	read: Pick<ContactsRead, 'sources' | 'numbers'>,
	itemIndex: number,
): Map<number, string> {
	const { numbers: rawNumbers, flagField } = readExclusionSettings(context, itemIndex);
	const excluded = new Map<number, string>();
	const entries = listedEntries(context, itemIndex, rawNumbers);
	if (entries.length > 0) {
		const listed = excludedNumbersIn(context, itemIndex, entries, new Set(read.numbers));
		read.numbers.forEach((number, position) => {
			if (listed.has(number)) excluded.set(position, `${number} is on the do-not-call list (${EXCLUDE_NUMBERS})`);
		});
	}
	if (flagField !== '') {
		const flagOf = fieldReader(flagField);
		read.sources.forEach((source, position) => {
			if (!excluded.has(position) && isFlagSet(flagOf(items[source]?.json ?? ({} as IDataObject)))) {
				excluded.set(position, `its field "${flagField}" is true (${EXCLUDE_WHEN_FIELD})`);
			}
		});
	}
	return excluded;
}
