import { createCipheriv, createDecipheriv } from 'crypto';

/**
 * AES as CONTRACT.md models AIRudder's optional body encryption ("加解密对接", M): the vendor pages
 * name AES but their mode, key format and encoding could not be read, so the user picks them.
 * Padding is PKCS#7 (Node's default). This file depends on `crypto` only, because the sandbox
 * imports `encryptAes` to produce encrypted callbacks exactly the way the trigger reads them.
 */

export const aesModes = ['aes-128-ecb', 'aes-128-cbc', 'aes-256-cbc'] as const;
export type AesMode = (typeof aesModes)[number];

/** How the ciphertext travels as text. */
export type CiphertextEncoding = 'base64' | 'hex';

/** How the key and the IV are written: plain text (the usual vendor convention), hex or base64. */
export type AesKeyFormat = 'utf8' | 'hex' | 'base64';

export interface AesSettings {
	mode: AesMode;
	key: string;
	/** Required by the CBC modes, ignored by ECB. */
	iv?: string;
	encoding: CiphertextEncoding;
	/** Defaults to `utf8`. */
	keyFormat?: AesKeyFormat;
}

const BLOCK_BYTES = 16;
const keyBytesByMode: Record<AesMode, number> = { 'aes-128-ecb': 16, 'aes-128-cbc': 16, 'aes-256-cbc': 32 };

/** Bad settings or undecryptable input; the message is safe to show (it never contains the key). */
export class AesError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'AesError';
	}
}

function decodeBinary(text: string, format: AesKeyFormat, what: string): Buffer {
	if (format === 'hex') {
		if (!/^(?:[0-9a-fA-F]{2})*$/.test(text)) throw new AesError(`The ${what} is not valid hex`);
		return Buffer.from(text, 'hex');
	}
	if (format === 'base64') {
		if (!isBase64(text)) throw new AesError(`The ${what} is not valid base64`);
		return Buffer.from(text, 'base64');
	}
	return Buffer.from(text, 'utf8');
}

function isBase64(text: string): boolean {
	// Buffer.from(..., 'base64') silently skips bad characters; check first so garbage is named as such.
	return text.length > 0 && /^[A-Za-z0-9+/_-]+={0,2}$/.test(text);
}

function resolveKeyAndIv(settings: AesSettings): { key: Buffer; iv: Buffer | null } {
	if (!aesModes.includes(settings.mode)) {
		throw new AesError(`Unsupported AES mode "${String(settings.mode)}"; use one of ${aesModes.join(', ')}`);
	}
	const format = settings.keyFormat ?? 'utf8';
	const key = decodeBinary(settings.key ?? '', format, 'AES key');
	const wanted = keyBytesByMode[settings.mode];
	if (key.length !== wanted) {
		throw new AesError(`${settings.mode} needs a ${wanted}-byte key; the key given is ${key.length} bytes (${format})`);
	}
	if (settings.mode.endsWith('-ecb')) return { key, iv: null };
	const iv = decodeBinary(settings.iv ?? '', format, 'IV');
	if (iv.length !== BLOCK_BYTES) {
		throw new AesError(`${settings.mode} needs a ${BLOCK_BYTES}-byte IV; the IV given is ${iv.length} bytes (${format})`);
	}
	return { key, iv };
}

/** Encrypts UTF-8 text and returns the ciphertext as base64 or hex. */
export function encryptAes(plaintext: string, settings: AesSettings): string {
	const { key, iv } = resolveKeyAndIv(settings);
	const cipher = createCipheriv(settings.mode, key, iv);
	return Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]).toString(settings.encoding);
}

/** Decrypts base64/hex ciphertext to UTF-8 text; throws AesError with a reason a user can act on. */
export function decryptAes(ciphertext: string, settings: AesSettings): string {
	const { key, iv } = resolveKeyAndIv(settings);
	const compact = ciphertext.replace(/\s+/g, '');
	const bytes = decodeBinary(compact, settings.encoding === 'hex' ? 'hex' : 'base64', 'ciphertext');
	if (bytes.length === 0 || bytes.length % BLOCK_BYTES !== 0) {
		throw new AesError(
			`The ciphertext is ${bytes.length} bytes after ${settings.encoding} decoding; AES needs a non-empty multiple of ${BLOCK_BYTES}`,
		);
	}
	const decipher = createDecipheriv(settings.mode, key, iv);
	let plaintext: Buffer | undefined;
	try {
		plaintext = Buffer.concat([decipher.update(bytes), decipher.final()]);
	} catch {
		// OpenSSL only says "bad decrypt"; the useful message is built below, outside the catch.
		plaintext = undefined;
	}
	if (plaintext === undefined) {
		throw new AesError(
			'The PKCS#7 padding check failed: the key, IV or mode does not match the one the sender used',
		);
	}
	return plaintext.toString('utf8');
}
