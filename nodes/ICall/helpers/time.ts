/**
 * Classic task times are sent as `YYYY-MM-DD HH:mm:ss` (M). n8n's date picker gives ISO strings;
 * the wall-clock part is kept as the user chose it, because the API's time zone is not documented.
 */
export function toClassicTime(value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const text = String(value).trim();
	const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2})?/.exec(text);
	if (!match) return undefined;
	return `${match[1]} ${match[2]}${match[3] ?? ':00'}`;
}
