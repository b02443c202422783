// Test code never ships: the generated numbering-plan table and the number reading built on it.
/* eslint-disable @n8n/community-nodes/no-restricted-imports */
import { readFileSync } from 'node:fs';
import { checkPhoneNumber } from '../../../nodes/ICall/operations/contacts/entries';
import { callingCodeOf, nationalNumberLengths, splitCallingCode, timeZonesOf } from '../../../nodes/ICall/operations/contacts/phonePlan';
import { PHONE_PLAN_FILE, phonePlanSource } from '../../../scripts/generatePhonePlan';

it('the committed table is what the generator makes from the installed data packages (else: npm run generate)', () => {
	expect(readFileSync(PHONE_PLAN_FILE, 'utf8')).toBe(phonePlanSource());
});

describe('calling codes', () => {
	it.each([
		['+6281234567890', '62', '81234567890'],
		['+14155550100', '1', '4155550100'],
		['+77011234567', '7', '7011234567'],
		['+3541234567', '354', '1234567'],
		['+80012345678', '800', '12345678'],
	])('%s splits into +%s and %s', (e164, callingCode, national) => {
		expect(splitCallingCode(e164)).toEqual({ callingCode, national });
	});

	it('knows no calling code in text that is no E.164 number, nor in an unassigned code', () => {
		expect(splitCallingCode('6281234')).toBeUndefined();
		expect(splitCallingCode('+2991234567')).toEqual({ callingCode: '299', national: '1234567' });
		expect(splitCallingCode('+8091234567')).toBeUndefined();
	});

	it.each([
		['ID', '62'],
		['id', '62'],
		['US', '1'],
		['KZ', '7'],
		['IS', '354'],
	])('%s has +%s', (country, code) => expect(callingCodeOf(country)).toBe(code));

	it('has none for an unknown country', () => expect(callingCodeOf('XX')).toBeUndefined());
});

describe('time zones', () => {
	it('Indonesia rings in all of its zones (UTC+7, +8, +9)', () => {
		expect(timeZonesOf('+6281234567890').sort()).toEqual(['Asia/Jakarta', 'Asia/Jayapura', 'Asia/Makassar', 'Asia/Pontianak']);
	});

	it.each([
		['+12125550100', 'America/New_York', 'America/Toronto'],
		['+14165550100', 'America/Toronto', 'America/New_York'],
		['+18765550100', 'America/Jamaica', 'America/New_York'],
		['+12685550100', 'America/Puerto_Rico', 'America/Toronto'],
	])('the +1 area code decides the country: %s rings in %s, not %s', (e164, zone, notZone) => {
		expect(timeZonesOf(e164)).toContain(zone);
		expect(timeZonesOf(e164)).not.toContain(notZone);
	});

	it('+7: Russia and Kazakhstan by the first digit', () => {
		expect(timeZonesOf('+74951234567')).toContain('Europe/Moscow');
		expect(timeZonesOf('+74951234567')).not.toContain('Asia/Almaty');
		expect(timeZonesOf('+77011234567')).toContain('Asia/Almaty');
		expect(timeZonesOf('+77011234567')).not.toContain('Europe/Moscow');
	});

	it('a single-zone country has one zone; an unknown number none', () => {
		expect(timeZonesOf('+6591234567')).toEqual(['Asia/Singapore']);
		expect(timeZonesOf('+8091234567')).toEqual([]);
		expect(timeZonesOf('not a number')).toEqual([]);
	});
});

describe('lengths of the numbering plans', () => {
	it.each([
		['354', 7],
		['673', 7],
		['960', 7],
		['62', 7],
		['1', 10],
	])('+%s numbers have at least %i digits', (code, min) => expect(nationalNumberLengths(code)?.min).toBe(min));

	it.each(['+354 412 3456', '+673 712 3456', '+960 791 2345'])('a short but valid number is accepted: %s', (raw) => {
		expect(checkPhoneNumber(raw).ok).toBe(true);
	});

	it.each(['+354 412 345', '+1 415 555 010', '+62 812 345'])('one digit short is refused: %s', (raw) => {
		const result = checkPhoneNumber(raw);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toMatch(/too short: .* at least \d+ needed/);
	});
});

describe('Default Country', () => {
	it.each([
		['0812-3456-7890', 'ID', '+6281234567890'],
		['812 3456 7890', 'ID', '+6281234567890'],
		['(415) 555-0100', 'US', '+14155550100'],
		['1 415 555 0100', 'US', '+14155550100'],
		['8 (912) 345-67-89', 'RU', '+79123456789'],
		['020 7946 0958', 'gb', '+442079460958'],
		['412 3456', 'IS', '+3544123456'],
		['+44 20 7946 0958', 'ID', '+442079460958'],
		['0044 20 7946 0958', 'ID', '+442079460958'],
		['+6281234567890', 'US', '+6281234567890'],
	])('%s in %s is %s', (raw, country, expected) => {
		expect(checkPhoneNumber(raw, country)).toEqual({ ok: true, number: expected });
	});

	it('refuses a national number too long for the country (an international one without its "+")', () => {
		const result = checkPhoneNumber('6281234567890', 'ID');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toMatch(/too long for a number of \+62/);
	});

	it('without a default country a national number is refused as before', () => {
		const result = checkPhoneNumber('0812-3456-7890');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toContain('leading "+"');
	});
});
