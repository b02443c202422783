import { DateTime } from 'luxon';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { inputError } from '../fields';
import { timeZonesOf } from './phonePlan';

/**
 * Calling hours in the callee's own time. A call window passes only when every moment of it falls
 * inside the allowed hours of one allowed day, in each zone the number may ring in: AIRudder may
 * dial at any moment of the window, so a window that merely contains allowed time could still ring
 * someone at night. Hours never run past midnight, so a window that spans two days never passes.
 */

export interface CallingHours {
	/** "08:00" */
	from: string;
	/** "20:00" */
	to: string;
	/** ISO weekdays: 1 = Monday ... 7 = Sunday. */
	days: number[];
	/** "2026-12-25": national holidays and other days without calls, in the callee's calendar. */
	skipDates: string[];
	/** The user's narrowing of the zones a number may ring in (e.g. only Asia/Jakarta). */
	zones?: string[];
}

const LABEL = 'Calling Hours';
/** What a rule left out of the collection means: the field defaults below say the same. */
const DEFAULTS = { from: '08:00', to: '20:00', days: [1, 2, 3, 4, 5, 6] };
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The "Calling Hours" option (a collection of fields) of every operation that dials people. */
export const callingHoursProperty: INodeProperties = {
	displayName: LABEL,
	name: 'callingHours',
	type: 'collection',
	placeholder: 'Add Rule',
	default: {},
	description:
		"Allowed calling time in each contact's own time zone(s), worked out from the number. Every moment of the call window must fall inside the allowed hours of one allowed day in every zone the number may ring in (a window that spans two days never passes). A helper, not legal advice.",
	options: [
		{ displayName: 'Allowed Days', name: 'days', type: 'multiOptions', default: [1, 2, 3, 4, 5, 6], options: WEEKDAYS.map((name, index) => ({ name, value: index + 1 })) },
		{ displayName: 'Allowed From', name: 'from', type: 'string', default: '08:00', placeholder: 'e.g. 08:00', description: 'Earliest local time of a call, HH:mm (24-hour)' },
		{ displayName: 'Allowed Until', name: 'to', type: 'string', default: '20:00', placeholder: 'e.g. 20:00', description: 'Latest local time of a call, HH:mm (24-hour), after Allowed From' },
		{
			displayName: 'Only Time Zones',
			name: 'zones',
			type: 'string',
			default: '',
			placeholder: 'e.g. Asia/Jakarta',
			description: "Comma-separated IANA zones to check instead of all of a number's zones, when you know where your contacts are (e.g. only western Indonesia)",
		},
		{
			displayName: 'Skip Dates',
			name: 'skipDates',
			type: 'string',
			default: '',
			placeholder: 'e.g. 2026-12-25, 2027-01-01',
			description: 'Comma-separated dates (YYYY-MM-DD) without calls, such as national holidays, in the contact’s local calendar',
		},
	],
};

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

function listOf(value: unknown): string[] {
	if (Array.isArray(value)) return value.map((entry) => String(entry).trim()).filter(Boolean);
	return String(value ?? '')
		.split(',')
		.map((entry) => entry.trim())
		.filter(Boolean);
}

/** Reads and validates it for an item (bad hours like "25:00", an end before the start -> inputError naming the field); undefined when off. */
export function readCallingHours(context: IExecuteFunctions, itemIndex: number): CallingHours | undefined {
	const raw = context.getNodeParameter(callingHoursProperty.name, itemIndex, {}) as IDataObject;
	if (Object.keys(raw ?? {}).length === 0) return undefined;
	const fail = (field: string, reason: string) => inputError(context, itemIndex, `${LABEL}.${field}`, reason);
	const clock = (field: string, value: unknown, fallback: string) => {
		const text = value === undefined ? fallback : String(value).trim();
		if (!CLOCK.test(text)) throw fail(field, `"${text}" is not a time of day like 08:00 (HH:mm, 00:00 to 23:59)`);
		return text;
	};
	const from = clock('Allowed From', raw.from, DEFAULTS.from);
	const to = clock('Allowed Until', raw.to, DEFAULTS.to);
	if (to <= from) throw fail('Allowed Until', `${to} is not after Allowed From (${from}): calling hours cannot run past midnight`);
	const days = (raw.days === undefined ? DEFAULTS.days : listOf(raw.days).map(Number)).sort();
	if (days.length === 0 || days.some((day) => !Number.isInteger(day) || day < 1 || day > 7)) throw fail('Allowed Days', 'choose at least one day of the week');
	const skipDates = listOf(raw.skipDates);
	for (const date of skipDates) if (!DateTime.fromISO(date).isValid || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw fail('Skip Dates', `"${date}" is not a date like 2026-12-25`);
	const zones = listOf(raw.zones);
	for (const zone of zones) if (!DateTime.now().setZone(zone).isValid) throw fail('Only Time Zones', `"${zone}" is not an IANA time zone like Asia/Jakarta`);
	return { from, to, days, skipDates, ...(zones.length > 0 ? { zones } : {}) };
}

/** Why the window does not fit one allowed day in `zone`; undefined when it does. */
function outsideInZone(window: { start: number; end?: number }, hours: CallingHours, zone: string): string | undefined {
	const start = DateTime.fromMillis(window.start, { zone });
	const startText = start.toFormat('yyyy-MM-dd HH:mm');
	if (!hours.days.includes(start.weekday)) return `in ${zone} the window starts on a ${start.toFormat('cccc')} (${startText})`;
	if (hours.skipDates.includes(start.toISODate() ?? '')) return `in ${zone} the window starts on a skipped date (${startText})`;
	const [fromHour, fromMinute] = hours.from.split(':').map(Number);
	const [toHour, toMinute] = hours.to.split(':').map(Number);
	if (start < start.set({ hour: fromHour, minute: fromMinute, second: 0, millisecond: 0 })) return `in ${zone} the window starts at ${startText}, before ${hours.from}`;
	const until = start.set({ hour: toHour, minute: toMinute, second: 0, millisecond: 0 });
	if (window.end === undefined) return `the window has no end, so calls could go on past ${hours.to} in ${zone}: set an end time`;
	const end = DateTime.fromMillis(window.end, { zone });
	if (end > until) return `in ${zone} the window ends at ${end.toFormat('yyyy-MM-dd HH:mm')}, after ${hours.to} on ${start.toISODate()}`;
	return undefined;
}

/**
 * The zones a number is checked in: all it may ring in, or those of them the user narrowed it to.
 * A narrowing that names none of the number's zones leaves them all: it cannot move a number abroad.
 */
function zonesToCheck(e164: string, hours: CallingHours): string[] {
	const zones = timeZonesOf(e164);
	const narrowed = hours.zones ? zones.filter((zone) => hours.zones!.includes(zone)) : [];
	return narrowed.length > 0 ? narrowed : zones;
}

/**
 * Why a contact cannot be called in the whole window [start, end] (epoch ms; end may be undefined =
 * open), in each of its zones; undefined when it can. A number whose zone is unknown cannot be
 * shown to be inside the hours, so it is refused too.
 */
export function outsideCallingHours(e164: string, window: { start: number; end?: number }, hours: CallingHours): string | undefined {
	const zones = zonesToCheck(e164, hours);
	if (zones.length === 0) return `${e164}: its time zone is unknown, so its calling hours cannot be checked`;
	const reasons = zones.map((zone) => outsideInZone(window, hours, zone)).filter((reason) => reason !== undefined);
	return reasons.length === 0 ? undefined : `${e164} is outside calling hours (${hours.from}-${hours.to}): ${reasons.join('; ')}`;
}
