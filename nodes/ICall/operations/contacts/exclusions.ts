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
 * send's own numbers are held, and the list streams past them once.
 */

const EXCLUDE_NUMBERS = 'Exclude Numbers';
const EXCLUDE_WHEN_FIELD = 'Exclude When Field Is True';

/** Values a sheet or a form uses for "yes" in a flag column. */
const TRUE_TEXT = /^(true|yes|1)$/i;

function isFlagSet(value: unknown): boolean {
	if (value === true || value === 1) return true;
	return typeof value === 'string' && TRUE_TEXT.test(value.trim());
}

/**
 * A normalised number as a key: its digits as one number (E.164 has at most 15 digits, which a
 * double holds exactly). The send's keys are sorted once and each listed number is found by
 * binary search, which allocates nothing: a million look-ups stay cheap (BENCHMARKS.md).
 */
function keyOf(e164: string): number {
	return Number(e164.slice(1));
}

/** The send's numbers as sorted keys, each with a mark for "on the list". */
interface MarkedKeys {
	sorted: Float64Array;
	listed: Uint8Array;
}

function markedKeys(keys: number[]): MarkedKeys {
	const sorted = Float64Array.from(keys).sort();
	return { sorted, listed: new Uint8Array(sorted.length) };
}

/** Position of `key` among the sorted keys, or -1. */
function positionOf(sorted: Float64Array, key: number): number {
	let low = 0;
	let high = sorted.length - 1;
	while (low <= high) {
		const middle = (low + high) >>> 1;
		const value = sorted[middle];
		if (value === key) return middle;
		if (value < key) low = middle + 1;
		else high = middle - 1;
	}
	return -1;
}

const PLUS = 43;
const ZERO = 48;
const NINE = 57;

function isEntrySeparator(code: number): boolean {
	return code === 10 || code === 13 || code === 44 || code === 59; // \n \r , ;
}

/** Spaces, dashes and dots, which people type inside a number and which the normaliser drops. */
function isInnerSeparator(code: number): boolean {
	return code === 32 || code === 9 || code === 45 || code === 46;
}

/**
 * The key of text[from, to) when it is written the plain way: "+" or "00", a digit 1-9, then digits
 * and spaces, dashes or dots. Such text normalises to "+" and its digits, so no normaliser is needed;
 * anything else (brackets, a trunk "(0)") returns undefined and goes through the normaliser.
 */
function plainKey(text: string, from: number, to: number): number | undefined {
	let at = from;
	while (at < to && isInnerSeparator(text.charCodeAt(at))) at++;
	if (text.charCodeAt(at) === PLUS) at += 1;
	else if (text.charCodeAt(at) === ZERO && text.charCodeAt(at + 1) === ZERO) at += 2;
	else return undefined;
	let key = 0;
	let digits = 0;
	for (; at < to; at++) {
		const code = text.charCodeAt(at);
		if (code >= ZERO && code <= NINE) {
			if (digits === 0 && code === ZERO) return undefined;
			key = key * 10 + (code - ZERO);
			digits++;
		} else if (!isInnerSeparator(code)) {
			return undefined;
		}
	}
	return digits > 0 && digits <= 15 ? key : undefined;
}

/** The key of one written number, through the normaliser when it is not plain; undefined: no phone number. */
function keyOfWritten(text: string, from: number, to: number): number | undefined {
	const plain = plainKey(text, from, to);
	if (plain !== undefined) return plain;
	const written = text.slice(from, to).trim();
	if (written === '') return undefined;
	const phone = checkPhoneNumber(written);
	return phone.ok ? keyOf(phone.number) : undefined;
}

/** Calls `visit` with the bounds of each number of a typed list (one per line, or separated by commas or semicolons). */
function forEachListed(text: string, visit: (from: number, to: number) => void): void {
	let from = 0;
	for (let at = 0; at <= text.length; at++) {
		if (at < text.length && !isEntrySeparator(text.charCodeAt(at))) continue;
		if (at > from) visit(from, at);
		from = at + 1;
	}
}

/**
 * Marks the send's numbers that the Exclude Numbers value (text, or a list from an expression)
 * holds. A blank entry is skipped; one that is no phone number cannot match any contact.
 */
function markListed(context: IExecuteFunctions, itemIndex: number, raw: unknown, send: MarkedKeys): void {
	const consider = (key: number | undefined) => {
		if (key === undefined) return;
		const position = positionOf(send.sorted, key);
		if (position >= 0) send.listed[position] = 1;
	};
	if (raw === undefined || raw === null || raw === '') return;
	if (typeof raw === 'string') {
		forEachListed(raw, (from, to) => consider(keyOfWritten(raw, from, to)));
		return;
	}
	if (!Array.isArray(raw) && typeof raw !== 'number') {
		throw inputError(context, itemIndex, EXCLUDE_NUMBERS, `must be text or a list of phone numbers, got ${typeof raw === 'object' ? 'an object' : `a ${typeof raw}`}`);
	}
	const entries: unknown[] = Array.isArray(raw) ? raw : [raw];
	entries.forEach((entry, index) => {
		if (typeof entry === 'object' && entry !== null) {
			throw inputError(context, itemIndex, EXCLUDE_NUMBERS, `entry ${index} is an object, not a phone number: give a list of numbers (e.g. map the items to their phone field)`);
		}
		// A number is read as its text, like a contact's: without its "+" it is no E.164 number.
		const text = entry === undefined || entry === null ? '' : String(entry);
		consider(keyOfWritten(text, 0, text.length));
	});
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
	const keys = read.numbers.map(keyOf);
	const send = markedKeys(keys);
	markListed(context, itemIndex, rawNumbers, send);
	if (send.listed.includes(1)) {
		keys.forEach((key, position) => {
			if (send.listed[positionOf(send.sorted, key)] === 1) excluded.set(position, `${read.numbers[position]} is on the do-not-call list (${EXCLUDE_NUMBERS})`);
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
