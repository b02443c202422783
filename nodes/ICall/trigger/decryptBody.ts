import { AesError, decryptAes } from '../helpers/aes';
import { conventions } from '../contract';
import { isJsonObject } from './recognizeEvent';

/**
 * Model of an encrypted callback (M, CONTRACT.md "Other sections"): the body is JSON
 * `{"data": "<ciphertext>"}`, or the ciphertext alone as the whole body; the decrypted text is
 * the JSON payload the unencrypted callback would have carried.
 */

export type DecryptResult = { ok: true; payload: unknown } | { ok: false; reason: string };

/** Where the ciphertext sits: the named field of a JSON body, else the whole raw body. */
export function findCiphertext(body: unknown, rawBody: string, field: string): string | undefined {
	if (isJsonObject(body) && typeof body[field] === 'string' && body[field].trim() !== '') return body[field];
	if (typeof body === 'string' && body.trim() !== '') return body.trim();
	const raw = rawBody.trim();
	// A JSON object without the field has no ciphertext. n8n leaves `{}` as the body of content
	// types it does not parse (e.g. application/octet-stream), so then the raw text is the one to read.
	if (raw.startsWith('{')) return undefined;
	// A raw JSON string literal ("...") is unwrapped; anything else is taken as the ciphertext itself.
	if (raw.startsWith('"') && raw.endsWith('"') && raw.length > 2) return raw.slice(1, -1);
	return raw === '' ? undefined : raw;
}

export function decryptCallbackBody(
	body: unknown,
	rawBody: string,
	key: string,
	field: string = conventions.callbacks.encryptedBodyField,
): DecryptResult {
	const ciphertext = findCiphertext(body, rawBody, field);
	if (ciphertext === undefined) {
		return { ok: false, reason: `No ciphertext found: expected a JSON body with a string "${field}" field, or the ciphertext as the whole body` };
	}
	let plaintext: string | undefined;
	let failure: string | undefined;
	try {
		plaintext = decryptAes(ciphertext, key);
	} catch (error) {
		failure = error instanceof AesError ? error.message : 'AES decryption failed';
	}
	if (plaintext === undefined) return { ok: false, reason: `Could not decrypt the body: ${failure ?? 'unknown error'}` };

	let payload: unknown;
	let parsed = false;
	try {
		payload = JSON.parse(plaintext);
		parsed = true;
	} catch {
		parsed = false;
	}
	if (!parsed) {
		return { ok: false, reason: 'The body decrypted, but the result is not JSON: check the mode, key and IV' };
	}
	return { ok: true, payload };
}
