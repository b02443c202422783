// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { createCipheriv, createDecipheriv } from 'node:crypto';
import { conventions } from '../../nodes/ICall/contract';

/**
 * Callback body encryption, as this project models AIRudder's "回调数据加解密对接" (the vendor page
 * is unreadable, CONTRACT.md tags it M):
 *
 * - cipher: AES in one of `mode` below, PKCS#7 padding;
 * - key and IV are the UTF-8 bytes of the strings the user types (16 bytes for AES-128, 32 for
 *   AES-256; the IV is 16 bytes and ignored by ECB);
 * - the JSON payload is encrypted whole and the ciphertext written as base64 or hex (`encoding`);
 * - the POSTed body is then JSON `{"data":"<ciphertext>"}`, and a signature, when configured,
 *   covers that body as sent.
 *
 * The trigger shares these settings names (import the type) so sandbox and node cannot disagree.
 */
export type CallbackCipherMode = 'aes-128-ecb' | 'aes-128-cbc' | 'aes-256-cbc';

export interface CallbackEncryptionParameters {
	mode: CallbackCipherMode;
	key: string;
	/** Required for the CBC modes. */
	iv?: string;
	encoding: 'base64' | 'hex';
}

export const callbackCipherModes: readonly CallbackCipherMode[] = ['aes-128-ecb', 'aes-128-cbc', 'aes-256-cbc'];

function cipherInputs(parameters: CallbackEncryptionParameters): { key: Buffer; iv: Buffer | null } {
	const key = Buffer.from(parameters.key, 'utf8');
	const keyBytes = parameters.mode.startsWith('aes-256') ? 32 : 16;
	if (key.length !== keyBytes) throw new Error(`${parameters.mode} needs a ${keyBytes}-byte key, got ${key.length} bytes`);
	if (parameters.mode.endsWith('-ecb')) return { key, iv: null };
	const iv = Buffer.from(parameters.iv ?? '', 'utf8');
	if (iv.length !== 16) throw new Error(`${parameters.mode} needs a 16-byte IV, got ${iv.length} bytes`);
	return { key, iv };
}

/** Encrypts a plaintext (the JSON payload) into base64/hex ciphertext. */
export function encryptCallbackText(plaintext: string, parameters: CallbackEncryptionParameters): string {
	const { key, iv } = cipherInputs(parameters);
	const cipher = createCipheriv(parameters.mode, key, iv);
	return Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]).toString(parameters.encoding);
}

export function decryptCallbackText(ciphertext: string, parameters: CallbackEncryptionParameters): string {
	const { key, iv } = cipherInputs(parameters);
	const decipher = createDecipheriv(parameters.mode, key, iv);
	return Buffer.concat([decipher.update(Buffer.from(ciphertext, parameters.encoding)), decipher.final()]).toString('utf8');
}

/** The body the sandbox POSTs when encryption is on: `{"data":"<ciphertext>"}`. */
export function encryptedCallbackBody(payloadJson: string, parameters: CallbackEncryptionParameters): string {
	return JSON.stringify({ [conventions.envelope.data]: encryptCallbackText(payloadJson, parameters) });
}
