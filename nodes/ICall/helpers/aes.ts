import { createCipheriv, createDecipheriv, createHash } from 'crypto';

/**
 * AIRudder's encryption scheme, as its worked example documents it (D, CONTRACT.md "Other
 * sections", evidence/06 §1): AES in ECB mode keyed by the UTF-8 bytes of the key text, zero-byte
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
