import { DateTime, FixedOffsetZone } from 'luxon';

import { conventions } from '../api/contract/conventions';

/** The classic API's time text (D, the vendor's worked example): `YYYY-MM-DD HH:mm:ss`. */
const CLASSIC_FORMAT = 'yyyy-MM-dd HH:mm:ss';

/** AIRudder's workflow clock, from the contract's zone name ("UTC+8"); its times carry the offset (C). */
const WORKFLOW_ZONE = FixedOffsetZone.parseSpecifier(conventions.times.workflow.zone);
const WORKFLOW_FORMAT = 'yyyy-MM-dd HH:mm:ssZZ';

/** The start of a classic time as people and n8n's date picker write it. */
const CLASSIC_PREFIX = /^(\d{4})-(\d{2})-(\d{2})[T ]([01]\d|2[0-3]):(\d{2})(?::(\d{2}))?/;

/**
 * A wall time as people and n8n's date picker write it, with an optional offset. Only this shape is
 * read: luxon's own parsers also take week dates and ordinal days, which no one means here.
 */
const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ]([01]\d|2[0-3]):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

// Hour 24 is left out of both patterns: luxon would roll it into the next day.

/** Zones on Earth lie between UTC-12:00 and UTC+14:00; anything beyond ±14:00 is a typing slip. */
const MAX_OFFSET_MINUTES = 14 * 60;

/**
 * Epoch ms of a JS Date; NaN for an invalid one; undefined for anything else. The tag is read
 * rather than `instanceof`, because expressions build their Dates in another realm.
 */
export function jsDateInstant(value: unknown): number | undefined {
	if (Object.prototype.toString.call(value) !== '[object Date]') return undefined;
	return (value as Date).getTime();
}

/**
 * ISO text of a Luxon DateTime (`$now`, `DateTime.fromISO(...)`), its own zone kept; null for an
 * invalid one; undefined for anything else. Read by duck type: expressions' DateTimes may come from
 * another copy of luxon.
 */
export function luxonIso(value: unknown): string | null | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const toISO = (value as { toISO?: unknown }).toISO;
	if (typeof toISO !== 'function') return undefined;
	const iso: unknown = toISO.call(value);
	return typeof iso === 'string' ? iso : null;
}

/** The date and time fields a WALL_TIME-like match names, as luxon takes them. */
function partsOf(match: RegExpExecArray) {
	const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
	return { year, month, day, hour, minute, second };
}

/** The zone an offset such as `+07:00`, `-0330` or `Z` names; undefined without one; invalid beyond ±14:00. */
function offsetZone(offset: string | undefined): FixedOffsetZone | string | undefined {
	if (offset === undefined) return undefined;
	if (offset.toUpperCase() === 'Z') return FixedOffsetZone.utcInstance;
	const digits = offset.replace(':', '');
	const [hours, minutes] = [Number(digits.slice(1, 3)), Number(digits.slice(3, 5))];
	if (minutes >= 60 || hours * 60 + minutes > MAX_OFFSET_MINUTES) return 'invalid offset';
	return FixedOffsetZone.instance((digits.startsWith('-') ? -1 : 1) * (hours * 60 + minutes));
}

/**
 * A user's date as a classic task time. The API's time zone is not documented, so the wall clock is
 * kept as the user chose it: text and a Luxon DateTime keep their own (an offset they carry is not
 * applied), and a JS Date, which has none, is read in `zone`: the n8n workflow's time zone, where the
 * date picker's wall times come from too.
 */
export function toClassicTime(value: unknown, zone = 'UTC'): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const instant = jsDateInstant(value);
	const wall =
		instant !== undefined
			? DateTime.fromMillis(instant, { zone })
			: wallClockOf((luxonIso(value) ?? String(value)).trim());
	return wall?.isValid ? wall.toFormat(CLASSIC_FORMAT) : undefined;
}

/** The wall clock at the start of a text (what follows the time, such as an offset, is left aside). */
function wallClockOf(text: string): DateTime | undefined {
	const match = CLASSIC_PREFIX.exec(text);
	return match ? DateTime.fromObject(partsOf(match), { zone: 'utc' }) : undefined;
}

/**
 * Text (or a Date / Luxon DateTime from an expression) as epoch ms; undefined when it is not a real
 * date and time: 31 February, 25:61 or an offset of +99:99 are refused, not rolled into another time.
 * A value without an offset is a wall time of `fallbackZone`, the n8n workflow's time zone.
 */
export function toInstant(value: unknown, fallbackZone: string): number | undefined {
	const instant = jsDateInstant(value);
	if (instant !== undefined) return Number.isNaN(instant) ? undefined : instant;
	const text = luxonIso(value) ?? value;
	const match = typeof text === 'string' ? WALL_TIME.exec(text.trim()) : null;
	if (!match) return undefined;
	const dateTime = DateTime.fromObject(partsOf(match), { zone: offsetZone(match[7]) ?? fallbackZone });
	return dateTime.isValid ? dateTime.toMillis() : undefined;
}

/** Formats an instant as AIRudder's workflow time: `YYYY-MM-DD HH:mm:ss+08:00` (C). */
export function formatWorkflowTime(instant: number): string {
	return DateTime.fromMillis(instant, { zone: WORKFLOW_ZONE }).toFormat(WORKFLOW_FORMAT);
}

/**
 * A user's date in AIRudder's workflow format, converted from the zone the date carries (or, for a
 * bare wall time such as n8n's date picker gives, from the workflow's time zone).
 */
export function toWorkflowTime(value: unknown, fallbackZone: string): string | undefined {
	const instant = toInstant(value, fallbackZone);
	return instant === undefined ? undefined : formatWorkflowTime(instant);
}
