/**
 * Classic task times are sent as `YYYY-MM-DD HH:mm:ss` (D, the vendor's worked example). n8n's date picker gives ISO strings;
 * the wall-clock part is kept as the user chose it, because the API's time zone is not documented.
 */
export function toClassicTime(value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const text = String(value).trim();
	const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?/.exec(text);
	if (!match) return undefined;
	const [year, month, day, hour, minute, second = '00'] = match.slice(1);
	// 2026-13-45 99:99 matches the pattern; a real calendar date survives the round trip through Date.
	const parts = [year, month, day, hour, minute, second].map(Number);
	const date = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3], parts[4], parts[5]));
	const same = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()];
	if (same.some((value, index) => value !== parts[index])) return undefined;
	return `${year}-${month}-${day} ${hour}:${minute}:${second}`;
}

/** Classic times compare as text: the format is fixed-width, largest unit first. */
export function isBefore(start: string, end: string): boolean {
	return start < end;
}
