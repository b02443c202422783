/**
 * Classic task times are sent as `YYYY-MM-DD HH:mm:ss` (M). n8n's date picker gives ISO strings;
 * the wall-clock part is kept as the user chose it, because the API's time zone is not documented.
 * Returns undefined for anything that is not a real calendar date and time (2026-13-45 99:99).
 */
export function toClassicTime(value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const text = String(value).trim();
	const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?/.exec(text);
	if (!match) return undefined;
	const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
	if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
	return `${match[1]}-${match[2]}-${match[3]} ${match[4]}:${match[5]}:${match[6] ?? '00'}`;
}

function isRealDate(year: number, month: number, day: number): boolean {
	if (month < 1 || month > 12 || day < 1) return false;
	const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return day <= daysInMonth;
}

/** Classic times compare as text: the format is fixed-width, largest unit first. */
export function isBefore(start: string, end: string): boolean {
	return start < end;
}
