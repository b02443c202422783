/**
 * The shape of a JSON answer or callback without any of its values, so that a user can paste it into
 * a public issue: key paths and JSON types, text as its length class (and a form such as a date or
 * a URL), no number, name, ID or phone number. Keys that look like values (a map keyed by phone
 * number, a key with spaces) are not shown either. Account: Check and the trigger's Report Payload
 * Shapes both describe what they received with it.
 */

/** Key path (`data.list[].TaskID`) → type (`text (short)`). */
export type Shape = Record<string, string>;

/** How a key that looks like a value is shown instead of itself. */
export const HIDDEN_KEY = '<key>';

/** Deep enough for rows inside pages inside the envelope; a deeper answer is cut, not lost. */
const MAX_DEPTH = 8;
const MAX_KEYS = 60;

/** A key as it may be shown: wire-name-like keys as they are, anything that may be a value hidden. */
export function shownKey(key: string): string {
	return /^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/.test(key) && !/\d{5}/.test(key) ? key : HIDDEN_KEY;
}

/** The keys of an object as they may be shown, in their order, each once. */
export function shownKeys(value: object): string[] {
	return [...new Set(Object.keys(value).map(shownKey))];
}

function textClass(text: string): string {
	if (text === '') return 'text (empty)';
	const form = /^\d{4}-\d{2}-\d{2}/.test(text)
		? 'date, '
		: /^https?:\/\//i.test(text)
			? 'URL, '
			: /^\+?[\d\s()-]+$/.test(text)
				? 'digits, '
				: '';
	const length = text.length <= 16 ? 'short' : text.length <= 128 ? 'medium' : 'long';
	return `text (${form}${length})`;
}

/** The type of one value, without the value. */
export function typeOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'list';
	if (typeof value === 'string') return textClass(value);
	if (typeof value === 'number') return 'number';
	if (typeof value === 'boolean') return 'boolean';
	if (typeof value === 'object') return 'object';
	return typeof value;
}

function joinPath(path: string, key: string): string {
	return path === '' ? key : `${path}.${key}`;
}

/** Two elements of one list may differ: their types are joined ("text (short) | null"). */
function note(shape: Shape, path: string, type: string): void {
	const seen = shape[path];
	if (seen === undefined) shape[path] = type;
	else if (!seen.split(' | ').includes(type)) shape[path] = `${seen} | ${type}`;
}

function describe(value: unknown, path: string, depth: number, shape: Shape): void {
	if (path !== '') note(shape, path, typeOf(value));
	if (depth >= MAX_DEPTH || typeof value !== 'object' || value === null) return;
	if (Array.isArray(value)) {
		for (const element of value) describe(element, `${path}[]`, depth + 1, shape);
		return;
	}
	const entries = Object.entries(value);
	for (const [key, nested] of entries.slice(0, MAX_KEYS)) describe(nested, joinPath(path, shownKey(key)), depth + 1, shape);
	if (entries.length > MAX_KEYS) note(shape, joinPath(path, '…'), `${entries.length - MAX_KEYS} more keys`);
}

/** The shape of a whole JSON value: every key path and its type; the elements of a list share one path. */
export function shapeOf(value: unknown): Shape {
	const shape: Shape = {};
	if (typeof value !== 'object' || value === null) return { '(whole)': typeOf(value) };
	describe(value, '', 0, shape);
	return shape;
}

/** Keys of an object that a list of expected ones does not explain, as they may be shown. */
export function unexplainedKeys(value: object, explained: readonly string[]): string[] {
	const known = new Set(explained);
	return shownKeys(value).filter((key) => !known.has(key));
}
