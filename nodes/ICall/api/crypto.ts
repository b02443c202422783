import { createCipheriv, createDecipheriv, createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';
import { conventions } from './contract/conventions';

/**
 * AIRudder's encryption scheme, as its worked example documents it (D; the known-answer vector is
 * in test/unit/helpers/aes.test.ts): AES in ECB mode keyed by the UTF-8 bytes of the key text, zero-byte
 * padding (always at least one byte, a whole block when the text is already aligned), base64 text,
 * and a `Signed` value that is the lowercase hex SHA-256 of the plaintext. The same scheme serves
 * API requests, API responses and (modeled) callbacks. This file depends on `crypto` only: the
 * sandbox imports it to speak the scheme exactly as the node reads it.
 */

const BLOCK_BYTES = 16;
const cipherByKeyBytes: Record<number, string> = { 16: 'aes-128-ecb', 24: 'aes-192-ecb', 32: 'aes-256-ecb' };

/** Bad key or undecryptable input; the message is safe to show (it never contains the key). */
export class AesError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'AesError';
	}
}

/** The key as AES takes it; names the length rule (never the key) when it is broken. */
export function encryptionKeyBytes(keyText: string): Buffer {
	const key = Buffer.from(keyText ?? '', 'utf8');
	if (!cipherByKeyBytes[key.length]) {
		throw new AesError(
			`The Encryption Key must be 16, 24 or 32 bytes long (UTF-8); the one given is ${key.length} bytes. Copy it exactly as AIRudder issued it`,
		);
	}
	return key;
}

function zeroPad(plaintext: Buffer): Buffer {
	return Buffer.concat([plaintext, Buffer.alloc(BLOCK_BYTES - (plaintext.length % BLOCK_BYTES))]);
}

function withoutTrailingZeros(bytes: Buffer): Buffer {
	let end = bytes.length;
	while (end > 0 && bytes[end - 1] === 0) end--;
	return bytes.subarray(0, end);
}

/** Encrypts UTF-8 text the vendor's way and returns standard base64. */
export function encryptAes(plaintext: string, keyText: string): string {
	const key = encryptionKeyBytes(keyText);
	const cipher = createCipheriv(cipherByKeyBytes[key.length], key, null).setAutoPadding(false);
	return Buffer.concat([cipher.update(zeroPad(Buffer.from(plaintext, 'utf8'))), cipher.final()]).toString('base64');
}

/** Whether a text can be the vendor's base64 ciphertext at all (before trying a key on it). */
export function looksLikeCiphertext(text: string): boolean {
	const compact = text.replace(/\s+/g, '');
	return compact.length >= 24 && compact.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(compact);
}

/** Decrypts base64 ciphertext to UTF-8 text; throws AesError with a reason a user can act on. */
export function decryptAes(ciphertext: string, keyText: string): string {
	const key = encryptionKeyBytes(keyText);
	const compact = String(ciphertext ?? '').replace(/\s+/g, '');
	if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0) {
		throw new AesError('The data is not base64 ciphertext');
	}
	const bytes = Buffer.from(compact, 'base64');
	if (bytes.length === 0 || bytes.length % BLOCK_BYTES !== 0) {
		throw new AesError(`The ciphertext is ${bytes.length} bytes; AES-ECB needs a non-empty multiple of ${BLOCK_BYTES}`);
	}
	const decipher = createDecipheriv(cipherByKeyBytes[key.length], key, null).setAutoPadding(false);
	const plain = withoutTrailingZeros(Buffer.concat([decipher.update(bytes), decipher.final()]));
	const text = plain.toString('utf8');
	// A wrong key yields bytes that are not UTF-8 text; say so rather than hand on garbage.
	if (!Buffer.from(text, 'utf8').equals(plain)) {
		throw new AesError('The data did not decrypt to text: the Encryption Key does not match the one the sender used');
	}
	return text;
}

/** The `Signed` value: lowercase hex SHA-256 of the plaintext's UTF-8 bytes. */
export function signPlaintext(plaintext: string): string {
	return createHash('sha256').update(plaintext, 'utf8').digest('hex');
}

/** Compares a received `Signed` value with the plaintext; case of the hex digits does not matter. */
export function signatureMatches(plaintext: string, signed: string): boolean {
	return signPlaintext(plaintext) === String(signed).trim().toLowerCase();
}

/**
 * Requests and answers of an account with encryption switched on (D): the plain
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
