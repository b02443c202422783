import type { IDataObject } from 'n8n-workflow';
import { conventions } from '../../api/contract/conventions';
import type { ContactList } from '../../api/contract/types';
import { VARIABLES_AT_TOP_LEVEL, reservedContactKeys } from '../../api/contract/types';
import { jsDateInstant, luxonIso } from '../time';

/**
 * The robot variables of a contact: what each value goes out as, and which values cannot go
 * (they are reported as contact problems before the first request, like a bad number).
 */

export function isAbsent(value: unknown): value is undefined | null {
	return value === undefined || value === null;
}

/** Why a variable's value cannot be sent (JSON would make NaN and Infinity null); undefined when it can. */
function unsendableVariable(value: unknown): string | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? undefined : `is ${value}, not a number AIRudder can take: send a number or text`;
	if (typeof value !== 'object' || value === null) return undefined;
	const instant = jsDateInstant(value);
	const invalid = instant !== undefined ? Number.isNaN(instant) : luxonIso(value) === null;
	return invalid ? 'is an invalid date' : undefined;
}

/**
 * One variable as sent: text, numbers and booleans as they are; a date (JS Date, Luxon DateTime) as
 * its ISO text, not JSON with quotes around it; other objects and lists as JSON text.
 */
function variableValue(value: unknown): unknown {
	if (typeof value === 'bigint') return String(value);
	if (typeof value !== 'object' || value === null) return value;
	const instant = jsDateInstant(value);
	// An invalid date is refused by the checks; it is only left as it is here so that nothing throws.
	if (instant !== undefined) return Number.isNaN(instant) ? value : new Date(instant).toISOString();
	return luxonIso(value) ?? JSON.stringify(value);
}

/** The variables of one contact, blanks left out. */
export function variableValues(source: IDataObject, skip: ReadonlySet<string>): Record<string, unknown> {
	const variables: Record<string, unknown> = {};
	for (const key of Object.keys(source)) {
		const value = source[key];
		if (isAbsent(value) || skip.has(key)) continue;
		variables[key] = variableValue(value);
	}
	return variables;
}

/** A variable named like one of the entry's top-level keys would overwrite the number, case or robot. */
const reservedByEntry = new WeakMap<ContactList['entry'], ReadonlySet<string>>();

/**
 * The entry's own keys a variable could overwrite, built once per list rather than once per contact
 * (100 000 contacts, one set). Variables nested under their own key (a workflow's `variables`)
 * share no level with the entry's keys, so none can clash.
 */
export function reservedKeysOf(entry: ContactList['entry']): ReadonlySet<string> {
	let reserved = reservedByEntry.get(entry);
	if (!reserved) {
		reserved = new Set(entry.variables === VARIABLES_AT_TOP_LEVEL ? reservedContactKeys(entry) : []);
		reservedByEntry.set(entry, reserved);
	}
	return reserved;
}

/** What checking a contact's variables found: names that clash with the entry's keys, values that cannot be sent. */
export interface VariableChecks {
	clashes?: string[];
	unsendable?: Array<[name: string, reason: string]>;
}

/**
 * Whether checkVariable could find anything: most values are text or finite numbers, which go as
 * they are unless their name clashes. This quick test keeps 100 000 contacts from paying for the
 * full check.
 */
export function needsCheck(reserved: ReadonlySet<string>, name: string, value: unknown): boolean {
	if (isAbsent(value)) return false;
	if (reserved.size > 0 && reserved.has(name)) return true;
	return typeof value === 'number' ? !Number.isFinite(value) : typeof value === 'object';
}

/**
 * Checks one variable; returns what was found so far, made only when something is found (a clean
 * contact, the usual case among 100 000, allocates nothing here).
 */
export function checkVariable(found: VariableChecks | undefined, reserved: ReadonlySet<string>, name: string, value: unknown): VariableChecks | undefined {
	if (isAbsent(value)) return found;
	const clashes = reserved.has(name);
	const reason = typeof value === 'number' || typeof value === 'object' ? unsendableVariable(value) : undefined;
	if (!clashes && !reason) return found;
	const checks = found ?? {};
	if (clashes) (checks.clashes ??= []).push(name);
	if (reason) (checks.unsendable ??= []).push([name, reason]);
	return checks;
}

const E164 = new RegExp(conventions.phoneNumber.pattern);

/** Separators people type inside phone numbers; removing them leaves the digits as dialled. */
const SEPARATORS = /[\s\-().]/g;

/**
 * "+44 (0)20 7946 0958": the bracketed 0 after a country code is the trunk prefix, dialled only
 * from inside the country. Kept, it would dial +44 0 20..., a wrong number, so it is dropped.
 */
const TRUNK_ZERO_AFTER_COUNTRY_CODE = /^(\s*\(?\s*(?:\+|00)\s*(\d{1,3})\s*\)?)\s*\(\s*0\s*\)/;

export type PhoneCheck = { ok: true; number: string } | { ok: false; reason: string };

/** A subscriber number needs at least this many digits after the country code to be dialable. */
export const MIN_NATIONAL_DIGITS = 8;

/**
 * ITU country calling codes are prefix-free: 1 and 7 have one digit, these have two, every
 * other code has three. That is enough to tell where the country code ends. The codes are kept
 * as numbers, so telling it takes no new strings (100 000 contacts, 100 000 checks).
 */
const ONE_DIGIT_CODES = new Set([1, 7]);
const TWO_DIGIT_CODES = new Set(
	'20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98'.split(' ').map(Number),
);

/** Length of the country code of the E.164 digits that start at `from` in `text`. */
function countryCodeLengthAt(text: string, from: number): number {
	const first = text.charCodeAt(from) - 48;
	if (ONE_DIGIT_CODES.has(first)) return 1;
	if (TWO_DIGIT_CODES.has(first * 10 + text.charCodeAt(from + 1) - 48)) return 2;
	return 3;
}

/** Length of the country code at the start of the digits of an E.164 number. */
export function countryCodeLength(digits: string): number {
	return countryCodeLengthAt(digits, 0);
}

/** The number without a "(0)" that follows a whole country code ("+442 (0)..." is left as typed). */
function withoutTrunkZero(text: string): string {
	return text.replace(TRUNK_ZERO_AFTER_COUNTRY_CODE, (whole, prefix: string, code: string) => (countryCodeLength(code) === code.length ? prefix : whole));
}

/**
 * iCall wants E.164 with a leading "+" (CONTRACT.md). Spaces, dashes, dots and brackets are
 * dropped, a "(0)" trunk prefix after the country code too, and a leading international "00"
 * becomes "+"; anything else must already be E.164.
 */
export function checkPhoneNumber(raw: unknown): PhoneCheck {
	if (raw === undefined || raw === null || raw === '') return { ok: false, reason: 'is empty' };
	if (typeof raw !== 'string' && typeof raw !== 'number') return { ok: false, reason: `is a ${typeof raw}, not a phone number` };
	const text = String(raw);
	// Most lists hold clean numbers already: only the others are cleaned (and tested again).
	const clean = E164.test(text);
	let number = text;
	if (!clean) {
		number = withoutTrunkZero(text).replace(SEPARATORS, '');
		if (number.startsWith('00')) number = `+${number.slice(2)}`;
	}
	if (clean || E164.test(number)) {
		const national = number.length - 1 - countryCodeLengthAt(number, 1);
		if (national >= MIN_NATIONAL_DIGITS) return { ok: true, number };
		return {
			ok: false,
			reason: `"${text}" is too short: ${national} digit(s) after the country code +${number.slice(1, number.length - national)}, at least ${MIN_NATIONAL_DIGITS} needed`,
		};
	}
	const hint = number.startsWith('+') ? '' : ' (it needs the country code with a leading "+")';
	return { ok: false, reason: `"${text}" is not an E.164 number like +6281234567890${hint}` };
}
