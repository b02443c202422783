/** How far a named zone (e.g. the n8n workflow's "Asia/Jakarta") is ahead of UTC at an instant, DST included, in ms. */
/**
 * Whether a wall time names a moment that exists. A pattern such as `\d{2}` lets 31 February,
 * 25:61 and an offset of +99:99 through; Date.UTC would quietly roll them over into another day,
 * so a value is real only if every part survives the round trip.
 */
/**
 * Dates that expressions give as objects rather than text: a JS Date (`new Date()`, a date field
 * of an input item) and a Luxon DateTime (`$now`, `$today`, `DateTime.fromISO(...)`).
 */

/**
 * Epoch ms of a JS Date; NaN for an invalid one; undefined for anything else. The tag is read
 * rather than `instanceof`, because expressions build their Dates in another realm.
 */
import { conventions } from '../api/contract/conventions';

/** The wall time a JS Date shows in a zone, as ISO text without a zone. */
function wallTimeIn(instant: number, zone: string): string {
	return new Date(instant + zoneOffsetMs(zone, instant)).toISOString().slice(0, 19);
}

/**
 * Classic task times are sent as `YYYY-MM-DD HH:mm:ss` (D, the vendor's worked example). n8n's date picker gives ISO strings;
 * the wall-clock part is kept as the user chose it, because the API's time zone is not documented.
 * A Luxon DateTime keeps its own wall clock too; a JS Date has none, so it is read in `zone`
 * (the n8n workflow's time zone, where the date picker's wall times come from as well).
 */
export function toClassicTime(value: unknown, zone = 'UTC'): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const instant = jsDateInstant(value);
	if (instant !== undefined && Number.isNaN(instant)) return undefined;
	const text = instant !== undefined ? wallTimeIn(instant, zone) : (luxonIso(value) ?? String(value)).trim();
	const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?/.exec(text);
	if (!match) return undefined;
	const [year, month, day, hour, minute, second = '00'] = match.slice(1);
	if (!isRealWallTime(Number(year), Number(month), Number(day), Number(hour), Number(minute), Number(second))) return undefined;
	return `${year}-${month}-${day} ${hour}:${minute}:${second}`;
}

/** Classic times compare as text: the format is fixed-width, largest unit first. */
export function isBefore(start: string, end: string): boolean {
	return start < end;
}

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/** AIRudder's workflow clock, from the contract's zone name ("UTC+8" -> +480 minutes). */
function workflowOffsetMinutes(): number {
	const match = /UTC([+-]\d{1,2})(?::(\d{2}))?/.exec(conventions.times.workflow.zone);
	if (!match) throw new Error(`contract: workflow zone "${conventions.times.workflow.zone}" is not UTC±H`);
	const sign = match[1].startsWith('-') ? -1 : 1;
	return Number(match[1]) * 60 + sign * Number(match[2] ?? 0);
}

function offsetText(minutes: number): string {
	const sign = minutes < 0 ? '-' : '+';
	const two = (n: number) => String(n).padStart(2, '0');
	return `${sign}${two(Math.floor(Math.abs(minutes) / 60))}:${two(Math.abs(minutes) % 60)}`;
}

/**
 * Text (or a Date / Luxon DateTime from an expression) as epoch ms; undefined when it is not a
 * real date: 31 February, 25:61 or an offset of +99:99 are refused, not rolled into another time.
 */
export function toInstant(value: unknown, fallbackZone: string): number | undefined {
	const instant = jsDateInstant(value);
	if (instant !== undefined) return Number.isNaN(instant) ? undefined : instant;
	const iso = luxonIso(value) ?? value;
	if (typeof iso !== 'string') return undefined;
	const match = WALL_TIME.exec(iso.trim());
	if (!match) return undefined;
	const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
	if (!isRealWallTime(year, month, day, hour, minute, second)) return undefined;
	const wall = Date.UTC(year, month - 1, day, hour, minute, second);
	const zone = match[7];
	if (zone?.toUpperCase() === 'Z') return wall;
	if (zone) {
		const digits = zone.replace(':', '');
		const [hours, minutes] = [Number(digits.slice(1, 3)), Number(digits.slice(3, 5))];
		if (!isRealOffset(hours, minutes)) return undefined;
		return wall - (digits.startsWith('-') ? -1 : 1) * (hours * 60 + minutes) * 60_000;
	}
	// No zone in the value: it is a wall time of the n8n workflow's time zone.
	const guess = wall - zoneOffsetMs(fallbackZone, wall);
	return wall - zoneOffsetMs(fallbackZone, guess);
}

/** Formats an instant as AIRudder's workflow time: `YYYY-MM-DD HH:mm:ss+08:00` (C). */
export function formatWorkflowTime(instant: number): string {
	const offset = workflowOffsetMinutes();
	const shifted = new Date(instant + offset * 60_000).toISOString();
	return `${shifted.slice(0, 10)} ${shifted.slice(11, 19)}${offsetText(offset)}`;
}

/**
 * A user's date in AIRudder's workflow format, converted from the zone the date carries (or, for a
 * bare wall time such as n8n's date picker gives, from the workflow's time zone).
 */
export function toWorkflowTime(value: unknown, fallbackZone: string): string | undefined {
	const instant = toInstant(value, fallbackZone);
	return instant === undefined ? undefined : formatWorkflowTime(instant);
}

export function zoneOffsetMs(zone: string, instant: number): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone: zone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	}).formatToParts(new Date(instant));
	const part = (type: string) => Number(parts.find((entry) => entry.type === type)?.value);
	const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
	return asUtc - Math.floor(instant / 1000) * 1000;
}

export function isRealWallTime(year: number, month: number, day: number, hour: number, minute: number, second: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
	return (
		date.getUTCFullYear() === year &&
		date.getUTCMonth() === month - 1 &&
		date.getUTCDate() === day &&
		date.getUTCHours() === hour &&
		date.getUTCMinutes() === minute &&
		date.getUTCSeconds() === second
	);
}

/** Zones on Earth lie between UTC-12:00 and UTC+14:00; anything beyond ±14:00 is a typing slip. */
const MAX_OFFSET_MINUTES = 14 * 60;

/** Whether a UTC offset (hours and minutes as written, without the sign) is one a place can have. */
export function isRealOffset(hours: number, minutes: number): boolean {
	return minutes < 60 && hours * 60 + minutes <= MAX_OFFSET_MINUTES;
}

export function jsDateInstant(value: unknown): number | undefined {
	if (Object.prototype.toString.call(value) !== '[object Date]') return undefined;
	return (value as Date).getTime();
}

/** ISO text of a Luxon DateTime (its own zone kept); null for an invalid one; undefined for anything else. */
export function luxonIso(value: unknown): string | null | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const toISO = (value as { toISO?: unknown }).toISO;
	if (typeof toISO !== 'function') return undefined;
	const iso: unknown = toISO.call(value);
	return typeof iso === 'string' ? iso : null;
}
