import { conventions } from '../contract';

const E164 = new RegExp(conventions.phoneNumber.pattern);

/** Separators people type inside phone numbers; removing them never changes the number. */
const SEPARATORS = /[\s\-().]/g;

export type PhoneCheck = { ok: true; number: string } | { ok: false; reason: string };

/**
 * iCall wants E.164 with a leading "+" (CONTRACT.md). Spaces, dashes, dots and brackets are
 * dropped and a leading international "00" becomes "+"; anything else must already be E.164.
 */
export function checkPhoneNumber(raw: unknown): PhoneCheck {
	if (raw === undefined || raw === null || raw === '') return { ok: false, reason: 'is empty' };
	if (typeof raw !== 'string' && typeof raw !== 'number') return { ok: false, reason: `is a ${typeof raw}, not a phone number` };
	let number = String(raw).replace(SEPARATORS, '');
	if (number.startsWith('00')) number = `+${number.slice(2)}`;
	if (E164.test(number)) return { ok: true, number };
	const hint = number.startsWith('+') ? '' : ' (it needs the country code with a leading "+")';
	return { ok: false, reason: `"${String(raw)}" is not an E.164 number like +6281234567890${hint}` };
}
