import type { IDataObject } from 'n8n-workflow';

import { AesError, decryptAes, looksLikeCiphertext, signatureMatches } from '../helpers/aes';
import { headerValue, isSealedAnswer, parseOrText } from '../helpers/sealing';
import { conventions } from '../contract';
import { isJsonObject } from './recognizeEvent';

/**
 * Encrypted callbacks (CONTRACT.md "Other sections": the API's scheme, M for callbacks): the body
 * is the base64 ciphertext of the JSON payload, with `Is-Encrypted: 1` and `Signed` (hex SHA-256 of
 * the plaintext). The first edition's `{"data": "<ciphertext>"}` wrapper is still read.
 */

const { flagHeader, flagValue, signatureHeader } = conventions.encryption;

export type DecryptResult = { ok: true; payload: unknown } | { ok: false; status: 400 | 401; reason: string };

type Headers = Record<string, string | string[] | undefined>;

/** Whether the sender marked the body as encrypted (the same marker as on the API's answers). */
export function isMarkedEncrypted(headers: Headers): boolean {
	return isSealedAnswer(headers as IDataObject);
}

/**
 * Where the ciphertext sits. The raw bytes come first: n8n parses form-encoded bodies into keys
 * (turning `+` into spaces), so only the raw text is exact. Then a JSON string literal, the wrapper
 * field of a JSON object, and last the parsed body when n8n kept no raw bytes (multipart).
 */
export function findCiphertext(body: unknown, rawBody: string, field: string): string | undefined {
	const raw = rawBody.trim();
	if (raw.startsWith('{')) {
		try {
			const wrapper: unknown = JSON.parse(raw);
			return isJsonObject(wrapper) && typeof wrapper[field] === 'string' ? wrapper[field] : undefined;
		} catch {
			return undefined;
		}
	}
	if (raw.startsWith('"') && raw.endsWith('"') && raw.length > 2) return raw.slice(1, -1);
	if (raw !== '') return raw;
	if (typeof body === 'string' && body.trim() !== '') return body.trim();
	if (isJsonObject(body) && typeof body[field] === 'string') return body[field];
	return undefined;
}

export interface EncryptedCallback {
	body: unknown;
	rawBody: Buffer;
	headers: Headers;
	key: string;
	field: string;
}

/**
 * The payload of an encrypted callback, or why it is refused: 400 when the body is not the
 * ciphertext it claims to be or does not decrypt, 401 when `Signed` does not match the plaintext.
 * A decrypted text that is not JSON is passed on as text (nothing is dropped).
 */
export function decryptCallback({ body, rawBody, headers, key, field }: EncryptedCallback): DecryptResult {
	const marked = isMarkedEncrypted(headers);
	const ciphertext = findCiphertext(body, rawBody.toString('utf8'), field);
	if (ciphertext === undefined || !looksLikeCiphertext(ciphertext)) {
		const why = marked
			? `The callback says ${flagHeader}: ${flagValue}, but its body is not base64 ciphertext`
			: 'Encrypted Callbacks is set to Always, but this callback\'s body is not base64 ciphertext';
		return { ok: false, status: 400, reason: why };
	}
	let plaintext: string;
	try {
		plaintext = decryptAes(ciphertext, key);
	} catch (error) {
		const reason = error instanceof AesError ? error.message : 'AES decryption failed';
		return { ok: false, status: 400, reason: `Could not decrypt the body: ${reason}` };
	}
	const signed = headerValue(headers as IDataObject, signatureHeader)?.trim();
	if (signed !== undefined && signed !== '' && !signatureMatches(plaintext, signed)) {
		return { ok: false, status: 401, reason: `The ${signatureHeader} header does not match the decrypted body (SHA-256 of the plaintext)` };
	}
	return { ok: true, payload: parseOrText(plaintext) };
}
