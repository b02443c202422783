import { isJsonObject } from './recognizeEvent';

/**
 * The URL token is a secret, yet a proxy copies the URL it forwarded into headers such as
 * `X-Forwarded-Uri` or `Referer`, and a sender may add it where no check reads it. Execution data
 * is visible to everyone with access to the workflow, so the token is masked wherever it shows.
 */

export const SECRET_MASK = '***';

/** The secret as written, and as a URL carries it (percent-encoded, or with `+` for a space). */
function spellings(secret: string): string[] {
	const encoded = encodeURIComponent(secret);
	const forms = new Set([secret, encoded, encoded.replace(/%20/g, '+')]);
	// Longest first, so a spelling that contains another is masked whole.
	return [...forms].sort((a, b) => b.length - a.length);
}

function maskText(text: string, forms: string[]): string {
	return forms.reduce((masked, form) => masked.split(form).join(SECRET_MASK), text);
}

function maskValue(value: unknown, forms: string[]): unknown {
	if (typeof value === 'string') return maskText(value, forms);
	if (Array.isArray(value)) return value.map((item) => maskValue(item, forms));
	if (isJsonObject(value)) {
		return Object.fromEntries(Object.entries(value).map(([name, item]) => [maskText(name, forms), maskValue(item, forms)]));
	}
	return value;
}

/** The value with every spelling of the secret, in names and values at any depth, masked. */
export function maskSecret<T>(value: T, secret: string | undefined): T {
	if (secret === undefined || secret === '') return value;
	return maskValue(value, spellings(secret)) as T;
}
