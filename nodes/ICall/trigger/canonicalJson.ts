import { isJsonObject } from './recognizeEvent';

/**
 * JSON text that depends on the value only: object keys sorted at every depth, no spacing. Two
 * deliveries of one payload serialised by different senders (or by one sender twice, with its map
 * order shuffled) give the same text; list order is kept, since in a list it is part of the value.
 */
export function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	if (isJsonObject(value)) {
		const fields = Object.keys(value)
			.filter((name) => value[name] !== undefined)
			.sort()
			.map((name) => `${JSON.stringify(name)}:${canonicalJson(value[name])}`);
		return `{${fields.join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}
