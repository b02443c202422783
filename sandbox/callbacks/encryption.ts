// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { decryptAes, encryptAes, signPlaintext } from '../../nodes/ICall/api/crypto';
import { conventions } from '../contract';

/**
 * Callback body encryption: the vendor's API scheme (AES-ECB, zero padding, base64, `Is-Encrypted: 1`
 * and `Signed` = hex SHA-256 of the plaintext; D), which CONTRACT.md models for callbacks too (M).
 * The cipher is the node's own (helpers/aes.ts), so the sandbox cannot encrypt in a way the trigger
 * does not read.
 */
export interface CallbackEncryptionParameters {
	key: string;
	/**
	 * Content-Type of an encrypted callback. AIRudder documents `application/json` for its callbacks,
	 * so that is the default; n8n refuses such a body (not JSON) with 422 before any node runs, so
	 * tests against n8n set `text/plain`, as the README asks users to agree with AIRudder.
	 */
	contentType?: string;
}

export function encryptCallbackText(plaintext: string, parameters: CallbackEncryptionParameters): string {
	return encryptAes(plaintext, parameters.key);
}

export function decryptCallbackText(ciphertext: string, parameters: CallbackEncryptionParameters): string {
	return decryptAes(ciphertext, parameters.key);
}

/** The body and headers of an encrypted callback: the base64 ciphertext as the whole body. */
export function encryptedCallback(
	payloadJson: string,
	parameters: CallbackEncryptionParameters,
): { body: string; headers: Record<string, string> } {
	const { flagHeader, flagValue, signatureHeader, postContentType: documentedContentType } = conventions.encryption;
	return {
		body: encryptCallbackText(payloadJson, parameters),
		headers: {
			'Content-Type': parameters.contentType ?? documentedContentType,
			[flagHeader]: flagValue,
			[signatureHeader]: signPlaintext(payloadJson),
		},
	};
}
