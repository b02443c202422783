/** What a secret is replaced with. */

export const REDACTED = '***';

/** Secrets shorter than this are ignored: masking them would garble ordinary words. */
const MIN_SECRET_LENGTH = 4;

/** The JSON string escape of a text, without the surrounding quotes. */
function jsonEscaped(text: string): string {
	return JSON.stringify(text).slice(1, -1);
}

/**
 * Every spelling a secret can take when a server echoes it back: as it is, escaped inside a JSON
 * string (once, or twice when a JSON body is itself quoted in a message), and URL-encoded (with
 * `%20` or `+` for spaces). Longest first, so that a longer form is replaced before a shorter one
 * inside it.
 */
export function secretForms(secret: string): string[] {
	const forms = new Set<string>([
		secret,
		jsonEscaped(secret),
		jsonEscaped(jsonEscaped(secret)),
		encodeURIComponent(secret),
		new URLSearchParams({ s: secret }).toString().slice(2),
	]);
	return [...forms].sort((a, b) => b.length - a.length);
}

function usable(secrets: Iterable<string | undefined>, minLength = MIN_SECRET_LENGTH): string[] {
	const forms = new Set<string>();
	for (const secret of secrets) {
		if (typeof secret !== 'string' || secret === '' || secret.length < minLength) continue;
		for (const form of secretForms(secret)) forms.add(form);
	}
	return [...forms].sort((a, b) => b.length - a.length);
}

/** Removes every form of every secret from a text before it can reach an error, a log line or node output. */
export function redactSecrets(text: string, secrets: Iterable<string | undefined>): string {
	return redactWithForms(text, usable(secrets));
}

function redactWithForms(text: string, forms: string[]): string {
	let clean = text;
	for (const form of forms) if (clean.includes(form)) clean = clean.split(form).join(REDACTED);
	return clean;
}

/**
 * At most `maxLength` characters of a text, for quoting: secrets are removed before the cut (a secret
 * cut in two matches no mask), and a text that ends with the beginning of a secret, however it came
 * to (the cut, or a server that cut its own answer), has that beginning masked too.
 */
export function cutWithoutSecrets(text: string, maxLength: number, secrets: Iterable<string | undefined>): string {
	const forms = usable(secrets);
	const cut = redactWithForms(text, forms).slice(0, maxLength);
	for (let length = Math.min(cut.length, longestLength(forms)); length >= MIN_SECRET_LENGTH; length--) {
		const tail = cut.slice(-length);
		if (forms.some((form) => form.length > length && form.startsWith(tail))) return `${cut.slice(0, -length)}${REDACTED}`;
	}
	return cut;
}

function longestLength(forms: string[]): number {
	return forms.reduce((longest, form) => Math.max(longest, form.length), 0);
}

/**
 * The same for any JSON-like value: strings and keys anywhere inside are cleaned. Returns the
 * value itself when nothing needed cleaning, so a large clean answer is never copied.
 * `anyLength` masks secrets however short: for a value the user chose as the secret (a callback
 * token), which is known to be one, rather than secrets remembered in passing.
 */
export function redactDeep<T>(value: T, secrets: Iterable<string | undefined>, { anyLength = false }: { anyLength?: boolean } = {}): T {
	const forms = usable(secrets, anyLength ? 1 : MIN_SECRET_LENGTH);
	return forms.length === 0 ? value : (redactValue(value, forms, 0) as T);
}

const MAX_DEPTH = 64;

function redactValue(value: unknown, forms: string[], depth: number): unknown {
	if (typeof value === 'string') return redactWithForms(value, forms);
	if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return value;
	if (Buffer.isBuffer(value) || value instanceof Uint8Array) return value;
	if (Array.isArray(value)) {
		let copy: unknown[] | undefined;
		value.forEach((entry, index) => {
			const clean = redactValue(entry, forms, depth + 1);
			if (clean !== entry) (copy ??= [...value])[index] = clean;
		});
		return copy ?? value;
	}
	let copy: Record<string, unknown> | undefined;
	for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
		const cleanKey = redactWithForms(key, forms);
		const clean = redactValue(entry, forms, depth + 1);
		if (clean === entry && cleanKey === key) continue;
		copy ??= { ...(value as Record<string, unknown>) };
		if (cleanKey !== key) delete copy[key];
		copy[cleanKey] = clean;
	}
	return copy ?? value;
}

/** Every place an n8n error carries text. */
const ERROR_TEXT_FIELDS = ['message', 'description', 'stack'] as const;
const ERROR_VALUE_FIELDS = ['messages', 'errorResponse', 'context', 'cause'] as const;

/** Cleans an error object in place: message, description, stack, messages, response body, context. */
export function redactError<E extends object>(error: E, secrets: Iterable<string | undefined>): E {
	const forms = usable(secrets);
	if (forms.length === 0) return error;
	const target = error as Record<string, unknown>;
	for (const field of ERROR_TEXT_FIELDS) {
		if (typeof target[field] === 'string') target[field] = redactWithForms(target[field], forms);
	}
	for (const field of ERROR_VALUE_FIELDS) {
		if (target[field] !== undefined) target[field] = redactValue(target[field], forms, 0);
	}
	return error;
}
