// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { AesError, decryptAes, encryptAes, signPlaintext, signatureMatches } from '../../nodes/ICall/api/crypto';
import { conventions } from '../contract';
import { SandboxError, sandboxErrorCodes } from './envelope';

/**
 * The "encrypted account" mode (CONTRACT.md "Other sections", evidence/06 §1): every request that
 * carries data must be sealed with the account's key (AES-ECB, zero padding, base64, `Is-Encrypted`
 * and `Signed` headers); the sandbox opens it, refuses plain ones, and seals its answers the same way.
 */

const { flagHeader, flagValue, signatureHeader } = conventions.encryption;

/** How an answer to a sealed request is written; the last two are faults a client must notice. */
export type SealedAnswerForm = 'sealed' | 'plainBodyClaimingEncryption' | 'wrongSignature';

export interface OpenedRequest {
	/** The decrypted query string (GET) or JSON text (POST); undefined for a plain GET without data. */
	plaintext?: string;
	sealed: boolean;
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
	const value = headers[name.toLowerCase()];
	return Array.isArray(value) ? value[0] : value;
}

/** Opens a request in encrypted-account mode; throws a vendor-style error for anything it must refuse. */
export function openRequest(
	key: string,
	method: string,
	rawQuery: string,
	rawBody: Buffer,
	headers: Record<string, string | string[] | undefined>,
): OpenedRequest {
	const data = method === 'GET' ? rawQuery : rawBody.toString('utf8').trim();
	if (header(headers, flagHeader) !== flagValue) {
		if (data === '') return { sealed: false };
		throw new SandboxError(400, sandboxErrorCodes.notEncrypted, `this account requires encrypted requests: send the data AES-encrypted with the header ${flagHeader}: ${flagValue}`);
	}
	if (data === '') return { sealed: true };
	let plaintext: string | undefined;
	let failure = 'bad ciphertext';
	try {
		plaintext = decryptAes(decodeURIComponentSafe(data), key);
	} catch (error) {
		if (error instanceof AesError) failure = error.message;
	}
	if (plaintext === undefined) throw new SandboxError(400, sandboxErrorCodes.notEncrypted, `cannot decrypt the request: ${failure}`);
	const signed = header(headers, signatureHeader);
	if (signed === undefined || !signatureMatches(plaintext, signed)) {
		throw new SandboxError(400, sandboxErrorCodes.badSignature, `${signatureHeader} is missing or is not the SHA-256 of the decrypted data`);
	}
	return { plaintext, sealed: true };
}

/** A client may percent-encode the ciphertext after `?`; the vendor's example sends it raw. */
function decodeURIComponentSafe(text: string): string {
	return text.includes('%') ? decodeURIComponent(text) : text;
}

/** The body text and headers of a sealed answer. */
export function sealAnswer(key: string, json: string, form: SealedAnswerForm): { text: string; headers: Record<string, string> } {
	const headers = { [flagHeader]: flagValue, [signatureHeader]: signPlaintext(form === 'wrongSignature' ? `${json} ` : json) };
	if (form === 'plainBodyClaimingEncryption') return { text: json, headers };
	return { text: encryptAes(json, key), headers };
}
