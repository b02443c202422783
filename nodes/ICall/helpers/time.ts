import { isRealWallTime } from './calendar';
import { jsDateInstant, luxonIso } from './dateObject';
import { zoneOffsetMs } from './zone';

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
