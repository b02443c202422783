import { conventions } from '../contract';

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
