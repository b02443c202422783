import { toWorkflowTime } from '../../../nodes/ICall/helpers/workflowTime';

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
	});
});
