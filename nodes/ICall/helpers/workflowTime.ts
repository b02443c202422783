import { conventions } from '../contract';
import { isRealOffset, isRealWallTime } from './calendar';
import { jsDateInstant, luxonIso } from './dateObject';
import { zoneOffsetMs } from './zone';

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
