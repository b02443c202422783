// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { conventions } from '../../nodes/ICall/contract';
import { decryptAes, encryptAes } from '../../nodes/ICall/helpers/aes';

/**
 * Callback body encryption: the vendor's API scheme (AES-ECB, zero padding, base64; D), which
 * CONTRACT.md models for callbacks too (M). The cipher is the node's own (helpers/aes.ts), so the
 * sandbox cannot encrypt in a way the trigger does not read.
 */
export interface CallbackEncryptionParameters {
	key: string;
}

export function encryptCallbackText(plaintext: string, parameters: CallbackEncryptionParameters): string {
	return encryptAes(plaintext, parameters.key);
}

export function decryptCallbackText(ciphertext: string, parameters: CallbackEncryptionParameters): string {
	return decryptAes(ciphertext, parameters.key);
}

/** The body the sandbox POSTs when encryption is on: `{"data":"<ciphertext>"}`. */
export function encryptedCallbackBody(payloadJson: string, parameters: CallbackEncryptionParameters): string {
	return JSON.stringify({ [conventions.callbacks.encryptedBodyField]: encryptCallbackText(payloadJson, parameters) });
}
