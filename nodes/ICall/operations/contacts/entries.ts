import type { IDataObject } from 'n8n-workflow';
import { conventions } from '../../api/contract/conventions';
import type { ContactList } from '../../api/contract/types';
import { VARIABLES_AT_TOP_LEVEL, reservedContactKeys } from '../../api/contract/types';
import { jsDateInstant, luxonIso } from '../time';
import { callingCodeOf, nationalNumberLengths, splitCallingCode, trunkPrefixOf } from './phonePlan';

/**
 * The two parts of a contact entry the user fills: its phone number and its variables (what the
 * voice robot speaks or the template's variables). Values that cannot go are reported as contact
 * problems before the first request, like a bad number.
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
	// An invalid date is refused as unsendable; it is only left as it is here so that nothing throws.
	if (instant !== undefined) return Number.isNaN(instant) ? value : new Date(instant).toISOString();
	return luxonIso(value) ?? JSON.stringify(value);
}

/**
 * The entry's own keys a variable could overwrite (number, case, robot). Variables nested under
 * their own key (a workflow's `variables`) share no level with the entry's keys, so none can clash.
 */
export function reservedKeysOf(entry: ContactList['entry']): ReadonlySet<string> {
	return new Set(entry.variables === VARIABLES_AT_TOP_LEVEL ? reservedContactKeys(entry) : []);
}

/** The variables of one contact as sent, and why any of them cannot be sent. */
export interface ContactVariables {
	values: Record<string, unknown>;
	/** One reason per problem, each about the contact's variables. */
	problems: string[];
}

/**
 * Reads the variables of one contact from `source`, blanks and the `skip` names left out: the one
 * way a contact's variables are both checked and built, whether they come from an input item or
 * from a row typed into the node.
 */
export function contactVariables(source: IDataObject, reserved: ReadonlySet<string>, skip?: ReadonlySet<string>): ContactVariables {
	const values: Record<string, unknown> = {};
	const clashes: string[] = [];
	const unsendable: string[] = [];
	for (const name of Object.keys(source)) {
		const value = source[name];
		if (isAbsent(value) || skip?.has(name)) continue;
		if (reserved.has(name)) clashes.push(name);
		const reason = unsendableVariable(value);
		if (reason !== undefined) unsendable.push(`"${name}" ${reason}`);
		values[name] = variableValue(value);
	}
	const problems = clashes.length === 0 ? unsendable : [clashReason(clashes), ...unsendable];
	return { values, problems };
}

function clashReason(clashes: string[]): string {
	const names = clashes.map((name) => `"${name}"`).join(', ');
	const keys = clashes.length > 1 ? 'keys' : 'key';
	return `${names} would overwrite the contact's own ${keys} of the same name: rename the field, or choose it as the phone, case ID or robot ID field, or use Selected Fields`;
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

/** Where the numbering plan of a calling code is unknown, a number needs this many digits after it. */
const MIN_NATIONAL_DIGITS = 8;

/**
 * ITU country calling codes are prefix-free: 1 and 7 have one digit, these have two, every
 * other code has three. That is enough to tell where the country code ends.
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
 * A number as people write it inside their country ("0812-3456-7890" in Indonesia) in E.164: the
 * trunk prefix dialled before national numbers is dropped and the country's calling code put in front.
 */
function fromNationalNumber(digits: string, country: string): string | undefined {
	const callingCode = callingCodeOf(country);
	if (callingCode === undefined || !/^\d+$/.test(digits)) return undefined;
	const trunk = trunkPrefixOf(country) ?? '';
	return `+${callingCode}${trunk !== '' && digits.startsWith(trunk) ? digits.slice(trunk.length) : digits}`;
}

/** Why an E.164 number's national part is too short (or, for one built from a national number, too long). */
function lengthProblem(text: string, number: string, national: boolean): string | undefined {
	const split = splitCallingCode(number);
	const digits = split ? split.national.length : number.length - 1 - countryCodeLengthAt(number, 1);
	const callingCode = split ? split.callingCode : number.slice(1, number.length - digits);
	const lengths = split ? nationalNumberLengths(split.callingCode) : undefined;
	const min = lengths?.min ?? MIN_NATIONAL_DIGITS;
	if (digits < min) return `"${text}" is too short: ${digits} digit(s) after the country code +${callingCode}, at least ${min} needed`;
	if (national && lengths && digits > lengths.max) return `"${text}" is too long for a number of +${callingCode}: ${digits} digits, at most ${lengths.max} (is it already international? then write it with a leading "+")`;
	return undefined;
}

/**
 * AIRudder wants E.164 with a leading "+". Spaces, dashes, dots and brackets are
 * dropped, a "(0)" trunk prefix after the country code too, and a leading international "00"
 * becomes "+". With a default country (ISO code, "ID"), a national number becomes E.164 of that
 * country; anything else must already be E.164. The national part must be as long as the
 * numbering plan of its calling code allows (8 digits where the plan is unknown).
 */
export function checkPhoneNumber(raw: unknown, defaultCountry?: string): PhoneCheck {
	if (raw === undefined || raw === null || raw === '') return { ok: false, reason: 'is empty' };
	if (typeof raw !== 'string' && typeof raw !== 'number') return { ok: false, reason: `is a ${typeof raw}, not a phone number` };
	const text = String(raw);
	// A number already in E.164 is taken as it is; only the others are cleaned and tested again.
	const clean = E164.test(text);
	let number = text;
	let fromNational = false;
	if (!clean) {
		number = withoutTrunkZero(text).replace(SEPARATORS, '');
		if (number.startsWith('00')) number = `+${number.slice(2)}`;
		else if (defaultCountry !== undefined && !number.startsWith('+')) {
			const international = fromNationalNumber(number, defaultCountry);
			fromNational = international !== undefined;
			number = international ?? number;
		}
	}
	if (clean || E164.test(number)) {
		const problem = lengthProblem(text, number, fromNational);
		return problem === undefined ? { ok: true, number } : { ok: false, reason: problem };
	}
	const hint = number.startsWith('+') ? '' : ' (it needs the country code with a leading "+", or a Default Country)';
	return { ok: false, reason: `"${text}" is not an E.164 number like +6281234567890${hint}` };
}
