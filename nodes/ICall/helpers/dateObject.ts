/**
 * Dates that expressions give as objects rather than text: a JS Date (`new Date()`, a date field
 * of an input item) and a Luxon DateTime (`$now`, `$today`, `DateTime.fromISO(...)`).
 */

/**
 * Epoch ms of a JS Date; NaN for an invalid one; undefined for anything else. The tag is read
 * rather than `instanceof`, because expressions build their Dates in another realm.
 */
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
