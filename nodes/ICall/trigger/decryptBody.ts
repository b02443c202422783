import type { IDataObject } from 'n8n-workflow';
import { conventions } from '../api/contract/conventions';
import { AesError, decryptAes, headerValue, isSealedAnswer, looksLikeCiphertext, signatureMatches } from '../api/crypto';
import { isJsonObject } from './recognizeEvent';
import { jsonOrText } from './requestBody';

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
	// Parsed, not sliced: a JSON encoder may write the base64 "/" as "\/".
	if (raw.startsWith('"')) {
		try {
			const literal: unknown = JSON.parse(raw);
			return typeof literal === 'string' && literal !== '' ? literal : undefined;
		} catch {
			return undefined;
		}
	}
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
 * Why a decrypted text is not the payload, in words a user can take to AIRudder. A sender padding
 * the PKCS#7 way (N bytes of value N) instead of the vendor's zero bytes leaves those bytes after
 * the JSON, and they are worth naming since the rest of the text looks right.
 */
function notJsonReason(plaintext: string): string {
	const reason = 'The body decrypts, but it does not decrypt to a JSON payload';
	const last = plaintext.charCodeAt(plaintext.length - 1);
	const padding = plaintext.slice(-last);
	if (last >= 1 && last <= 16 && padding.length === last && [...padding].every((char) => char.charCodeAt(0) === last)) {
		return `${reason}: it ends in ${last} bytes of value ${last}, which is PKCS#7 padding; AIRudder's scheme pads with zero bytes`;
	}
	return reason;
}

/**
 * The payload of an encrypted callback, or why it is refused: 400 when the body is not the
 * ciphertext it claims to be, does not decrypt, or decrypts to something other than JSON (passing
 * such text on would emit it as an "unknown" event, or drop it under an event filter, while the
 * 2xx stops AIRudder's retries); 401 when `Signed` does not match the plaintext.
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
	// Before Signed: a padding fault also breaks Signed, and a 401 would not say what went wrong.
	const payload = jsonOrText(plaintext);
	if (typeof payload === 'string') return { ok: false, status: 400, reason: notJsonReason(plaintext) };
	const signed = headerValue(headers as IDataObject, signatureHeader)?.trim();
	if (signed !== undefined && signed !== '' && !signatureMatches(plaintext, signed)) {
		return { ok: false, status: 401, reason: `The ${signatureHeader} header does not match the decrypted body (SHA-256 of the plaintext)` };
	}
	return { ok: true, payload };
}
