// Test code never ships: the calling-hours checker in the callee's own time.
import { DateTime } from 'luxon';
import type { CallingHours } from '../../../nodes/ICall/operations/contacts/callingHours';
import { outsideCallingHours } from '../../../nodes/ICall/operations/contacts/callingHours';

const pojk: CallingHours = { from: '08:00', to: '20:00', days: [1, 2, 3, 4, 5, 6], skipDates: ['2026-12-25'] };
const jakartaTime = (text: string) => DateTime.fromISO(text, { zone: 'Asia/Jakarta' }).toMillis();
const window = (start: string, end?: string) => ({ start: jakartaTime(start), ...(end ? { end: jakartaTime(end) } : {}) });
const INDONESIA = '+6281234567890';

describe('calling hours in the callee’s time', () => {
	it('a window inside the hours of every Indonesian zone passes (Jakarta 09:00-17:00 is 11:00-19:00 in Jayapura)', () => {
		expect(outsideCallingHours(INDONESIA, window('2026-11-25T09:00', '2026-11-25T17:00'), pojk)).toBeUndefined();
	});

	it('a window of 08:00-19:00 in Jakarta ends at 21:00 in Jayapura', () => {
		const reason = outsideCallingHours(INDONESIA, window('2026-11-25T08:00', '2026-11-25T19:00'), pojk);
		expect(reason).toMatch(/Asia\/Jayapura the window ends at 2026-11-25 21:00, after 20:00/);
		expect(reason).not.toMatch(/Asia\/Jakarta/);
	});

	it('narrowed to western Indonesia, the same window passes', () => {
		expect(outsideCallingHours(INDONESIA, window('2026-11-25T08:00', '2026-11-25T19:00'), { ...pojk, zones: ['Asia/Jakarta', 'Asia/Pontianak'] })).toBeUndefined();
	});

	it.each([
		['a Sunday', window('2026-11-29T09:00', '2026-11-29T12:00'), /starts on a Sunday/],
		['a skipped date', window('2026-12-25T09:00', '2026-12-25T12:00'), /skipped date/],
		['before the hours', window('2026-11-25T07:00', '2026-11-25T12:00'), /Asia\/Jakarta the window starts at 2026-11-25 07:00, before 08:00/],
		['across two days', window('2026-11-25T09:00', '2026-11-26T12:00'), /ends at 2026-11-26/],
		['without an end', window('2026-11-25T09:00'), /has no end/],
	])('refuses a window on %s', (_, callWindow, reason) => {
		expect(outsideCallingHours(INDONESIA, callWindow, pojk)).toMatch(reason);
	});

	it('a number whose zone is unknown cannot be shown to be inside the hours', () => {
		expect(outsideCallingHours('+8091234567', window('2026-11-25T09:00', '2026-11-25T10:00'), pojk)).toMatch(/time zone is unknown/);
	});
});
