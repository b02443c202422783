import { conventions } from '../contract';

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

/** How far a named zone is ahead of UTC at an instant (DST included), in ms. */
function zoneOffsetMs(zone: string, instant: number): number {
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

/** Text (or a Date / Luxon DateTime from an expression) as epoch ms; undefined when not a date. */
export function toInstant(value: unknown, fallbackZone: string): number | undefined {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
	const iso = typeof (value as { toISO?: unknown })?.toISO === 'function' ? (value as { toISO(): string }).toISO() : value;
	if (typeof iso !== 'string') return undefined;
	const match = WALL_TIME.exec(iso.trim());
	if (!match) return undefined;
	const [, year, month, day, hour, minute, second, zone] = match;
	const wall = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second ?? 0));
	if (zone?.toUpperCase() === 'Z') return wall;
	if (zone) {
		const digits = zone.replace(':', '');
		const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
		return wall - (digits.startsWith('-') ? -minutes : minutes) * 60_000;
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
