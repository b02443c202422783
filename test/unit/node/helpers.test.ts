import { redactSecrets } from '../../../nodes/ICall/api/redact';
import { checkPhoneNumber } from '../../../nodes/ICall/operations/contacts/entries';
import { toClassicTime } from '../../../nodes/ICall/operations/time';

describe('phone numbers', () => {
	it.each([
		['+6281234567890', '+6281234567890'],
		['+62 812-3456-7890', '+6281234567890'],
		['(+62) 812.3456.7890', '+6281234567890'],
		['006281234567890', '+6281234567890'],
		// "(0)" after the country code is dialled only nationally: +44 0 20... is a wrong number.
		['+44 (0)20 7946 0958', '+442079460958'],
		['+62 (0)812 0000 0410', '+6281200000410'],
		['+44(0)2079460958', '+442079460958'],
		['0044 (0) 20 7946 0958', '+442079460958'],
		['(+44) (0)20 7946 0958', '+442079460958'],
		['+1 (415) 555-0100', '+14155550100'],
		[6281234567890, undefined],
	])('%p', (raw, expected) => {
		const result = checkPhoneNumber(raw);
		if (expected === undefined) expect(result.ok).toBe(false);
		else expect(result).toEqual({ ok: true, number: expected });
	});

	it('explains a missing country code', () => {
		const result = checkPhoneNumber('081234567890');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toContain('leading "+"');
	});

	it.each([undefined, null, '', '+12', '+0123456789', 'call me', { phone: '+6281234567890' }])('refuses %p', (raw) => {
		expect(checkPhoneNumber(raw).ok).toBe(false);
	});
});

describe('classic times', () => {
	it.each([
		['2026-11-25T09:30:00', '2026-11-25 09:30:00'],
		['2026-11-25T09:30:00.000+07:00', '2026-11-25 09:30:00'],
		['2026-11-25 09:30', '2026-11-25 09:30:00'],
		['', undefined],
		['tomorrow', undefined],
		['2026-13-45 99:99', undefined],
		['2026-02-29T10:00:00', undefined],
		['2028-02-29T10:00:00', '2028-02-29 10:00:00'],
		['2026-11-25T24:00:00', undefined],
	])('%p → %p', (raw, expected) => {
		expect(toClassicTime(raw)).toBe(expected);
	});

	it('reads a JS Date in the given zone and a Luxon DateTime by its own wall clock', () => {
		const instant = new Date(Date.UTC(2026, 5, 1, 12, 0, 0));
		expect(toClassicTime(instant)).toBe('2026-06-01 12:00:00');
		expect(toClassicTime(instant, 'Asia/Jakarta')).toBe('2026-06-01 19:00:00');
		expect(toClassicTime(instant, 'America/New_York')).toBe('2026-06-01 08:00:00');
		expect(toClassicTime({ toISO: () => '2026-06-01T09:30:00.000+07:00' }, 'UTC')).toBe('2026-06-01 09:30:00');
		expect(toClassicTime(new Date(NaN), 'UTC')).toBeUndefined();
		expect(toClassicTime({ toISO: () => null }, 'UTC')).toBeUndefined();
	});
});

describe('redaction', () => {
	it('masks every occurrence of every secret', () => {
		expect(redactSecrets('secret-1 and tok-2 and secret-1', ['secret-1', 'tok-2'])).toBe('*** and *** and ***');
	});

	it('leaves very short or missing secrets alone', () => {
		expect(redactSecrets('a b c', ['a', undefined])).toBe('a b c');
	});
});
