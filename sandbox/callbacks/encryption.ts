// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { conventions } from '../../nodes/ICall/contract';
import { aesModes, decryptAes, encryptAes, type AesMode, type AesSettings } from '../../nodes/ICall/helpers/aes';

/**
 * Callback body encryption, as this project models AIRudder's "回调数据加解密对接" (the vendor page
 * is unreadable, CONTRACT.md tags it M):
 *
 * - cipher: AES in one of `aes-128-ecb`, `aes-128-cbc`, `aes-256-cbc`, PKCS#7 padding;
 * - key and IV: the UTF-8 bytes of the strings the user types (16 bytes for AES-128, 32 for
 *   AES-256; the IV is 16 bytes, ignored by ECB), or hex/base64 text when `keyFormat` says so;
 * - the JSON payload is encrypted whole and the ciphertext written as base64 or hex (`encoding`);
 * - the POSTed body is JSON `{"data":"<ciphertext>"}`; a signature, when configured, covers that
 *   body exactly as sent.
 *
 * The settings type and the cipher are the node's own (helpers/aes.ts), which the trigger decrypts
 * with: the sandbox cannot encrypt in a way the trigger does not read.
 */
export type CallbackEncryptionParameters = AesSettings;
export type CallbackCipherMode = AesMode;
export const callbackCipherModes: readonly CallbackCipherMode[] = aesModes;

export function encryptCallbackText(plaintext: string, parameters: CallbackEncryptionParameters): string {
	return encryptAes(plaintext, parameters);
}

export function decryptCallbackText(ciphertext: string, parameters: CallbackEncryptionParameters): string {
	return decryptAes(ciphertext, parameters);
}

/** The body the sandbox POSTs when encryption is on: `{"data":"<ciphertext>"}`. */
export function encryptedCallbackBody(payloadJson: string, parameters: CallbackEncryptionParameters): string {
	return JSON.stringify({ [conventions.callbacks.encryptedBodyField]: encryptCallbackText(payloadJson, parameters) });
}
