import { toWorkflowTime } from '../../../nodes/ICall/operations/time';

describe('workflow times: YYYY-MM-DD HH:mm:ss+08:00 from whatever zone the date carries', () => {
	it.each([
		['2026-11-25T01:00:00Z', 'UTC', '2026-11-25 09:00:00+08:00'],
		['2026-11-25T01:00:00.123Z', 'UTC', '2026-11-25 09:00:00+08:00'],
		['2026-11-25T09:00:00+08:00', 'UTC', '2026-11-25 09:00:00+08:00'],
		['2026-11-24T20:30:00-05:00', 'UTC', '2026-11-25 09:30:00+08:00'],
		['2026-11-25 23:15:00+0530', 'UTC', '2026-11-26 01:45:00+08:00'],
		// No zone: a wall time of the n8n workflow's zone (Jakarta is UTC+7, Berlin UTC+1 in November).
		['2026-11-25T09:00:00', 'Asia/Jakarta', '2026-11-25 10:00:00+08:00'],
		['2026-11-25T09:00', 'Europe/Berlin', '2026-11-25 16:00:00+08:00'],
		['2026-07-01T09:00:00', 'Europe/Berlin', '2026-07-01 15:00:00+08:00'],
	])('%s (workflow zone %s) -> %s', (input, zone, expected) => {
		expect(toWorkflowTime(input, zone)).toBe(expected);
	});

	it('takes Date objects and Luxon-like DateTimes from expressions', () => {
		expect(toWorkflowTime(new Date(Date.UTC(2026, 0, 1, 16, 0, 0)), 'UTC')).toBe('2026-01-02 00:00:00+08:00');
		expect(toWorkflowTime({ toISO: () => '2026-01-01T00:00:00.000+01:00' }, 'UTC')).toBe('2026-01-01 07:00:00+08:00');
	});

	it('gives undefined for what is not a date', () => {
		expect(toWorkflowTime('tomorrow', 'UTC')).toBeUndefined();
		expect(toWorkflowTime(42, 'UTC')).toBeUndefined();
		expect(toWorkflowTime(new Date(NaN), 'UTC')).toBeUndefined();
		expect(toWorkflowTime({ toISO: () => null }, 'UTC')).toBeUndefined();
	});

	it.each([
		'2030-02-31T10:00:00',
		'2026-02-29T00:00:00Z',
		'2030-13-01T10:00:00',
		'2030-01-01T25:61:00',
		'2030-01-01T24:00:00',
		'2030-01-01T10:60:00',
		'2030-01-01T10:00:61',
		'2030-01-01T10:00:00+99:99',
		'2030-01-01T10:00:00+14:01',
		'2030-01-01T10:00:00-15:00',
		'2030-01-01T10:00:00+05:60',
	])('refuses %s, which names no real moment, instead of rolling it into another', (input) => {
		expect(toWorkflowTime(input, 'UTC')).toBeUndefined();
	});

	it.each([
		['2028-02-29T00:00:00Z', '2028-02-29 08:00:00+08:00'],
		['2030-01-01T10:00:00+14:00', '2030-01-01 04:00:00+08:00'],
		['2030-01-01T10:00:00-12:00', '2030-01-02 06:00:00+08:00'],
		['2030-01-01T10:00:00+05:45', '2030-01-01 12:15:00+08:00'],
	])('keeps the real edge %s', (input, expected) => {
		expect(toWorkflowTime(input, 'UTC')).toBe(expected);
	});
});
