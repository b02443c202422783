import type { IDataObject } from 'n8n-workflow';

import { conventions } from '../contract';
import { AesError, decryptAes, encryptAes, encryptionKeyBytes, signatureMatches, signPlaintext } from './aes';

/**
 * Requests and answers of an account with encryption switched on (D, evidence/06 §1): the plain
 * query string or JSON body is AES-sealed, and `Is-Encrypted` / `Signed` headers travel with it.
 * Pure functions: the transport and the credential's login both use them, and nothing here knows
 * about HTTP clients.
 */

const { flagHeader, flagValue, signatureHeader, postContentType } = conventions.encryption;

/** The outcome of a step that may fail for a reason a user can act on; `problem` never holds the key. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

/** The credential's key (undefined when encryption is off), or why it cannot be used. */
export function readEncryptionKey(credentials: IDataObject): Checked<string | undefined> {
	const key = credentials.encryptionSecretKey;
	if (typeof key !== 'string' || key === '') return { ok: true, value: undefined };
	try {
		encryptionKeyBytes(key);
	} catch (error) {
		return { ok: false, problem: `The credential's Encryption Key is unusable: ${error instanceof AesError ? error.message : 'unknown problem'}` };
	}
	return { ok: true, value: key };
}

function sealHeaders(plaintext: string): IDataObject {
	return { [flagHeader]: flagValue, [signatureHeader]: signPlaintext(plaintext) };
}

/** The plain query string as AIRudder decrypts it: `Key=value&...`, each part percent-encoded. */
function plainQueryString(query: IDataObject): string {
	return Object.entries(query)
		.filter(([, value]) => value !== undefined && value !== null)
		.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`)
		.join('&');
}

/**
 * A GET's query sealed: the ciphertext goes raw after `?` (the vendor's example does not
 * percent-encode it). A request without parameters has nothing to seal and keeps its plain path.
 */
export function sealQuery(path: string, query: IDataObject, key: string): { url: string; headers: IDataObject } {
	const plaintext = plainQueryString(query);
	if (plaintext === '') return { url: path, headers: sealHeaders(plaintext) };
	return { url: `${path}?${encryptAes(plaintext, key)}`, headers: sealHeaders(plaintext) };
}

/**
 * A POST's JSON body sealed: the ciphertext is the whole body (our model of the cut-off example
 * line, M). It travels as bytes: an HTTP client given a string under a JSON content type would
 * quote it as a JSON string.
 */
export function sealBody(body: IDataObject, key: string): { body: Buffer; headers: IDataObject } {
	const plaintext = JSON.stringify(body);
	return { body: Buffer.from(encryptAes(plaintext, key), 'utf8'), headers: { ...sealHeaders(plaintext), 'Content-Type': postContentType } };
}

/** A header's value whatever the case of its name (the first one when repeated). */
export function headerValue(headers: IDataObject, name: string): string | undefined {
	const wanted = name.toLowerCase();
	const found = Object.entries(headers ?? {}).find(([key]) => key.toLowerCase() === wanted)?.[1];
	return Array.isArray(found) ? String(found[0]) : found === undefined ? undefined : String(found);
}

export function isSealedAnswer(headers: IDataObject): boolean {
	return headerValue(headers, flagHeader) === flagValue;
}

function textOf(body: unknown): string {
	if (typeof body === 'string') return body;
	if (Buffer.isBuffer(body)) return body.toString('utf8');
	return JSON.stringify(body);
}

/**
 * The answer as JSON (or text, when it is not JSON): a sealed answer is decrypted and its `Signed`
 * checked when present; a plain one is passed on (errors such as a refused login may come plain).
 */
export function openAnswer(headers: IDataObject, body: unknown, key: string): Checked<unknown> {
	if (!isSealedAnswer(headers)) return { ok: true, value: typeof body === 'string' ? parseOrText(body) : body };
	let plaintext: string;
	try {
		plaintext = decryptAes(textOf(body).trim(), key);
	} catch (error) {
		const why = error instanceof AesError ? error.message : 'it cannot be decrypted';
		return {
			ok: false,
			problem: `AIRudder marked its answer as encrypted (${flagHeader}: ${flagValue}) but it could not be decrypted: ${why}. Check that the credential's Encryption Key is the one AIRudder issued for this account`,
		};
	}
	const signed = headerValue(headers, signatureHeader);
	if (signed !== undefined && !signatureMatches(plaintext, signed)) {
		return { ok: false, problem: `AIRudder's encrypted answer failed its ${signatureHeader} check: the decrypted data does not match the signature, so it was not used` };
	}
	return { ok: true, value: parseOrText(plaintext) };
}

/** JSON when the text is JSON, else the text itself: nothing is dropped. */
export function parseOrText(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text;
	}
}
