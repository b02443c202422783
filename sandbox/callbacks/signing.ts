// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { createHash, createHmac } from 'node:crypto';
import { conventions } from '../contract';

/** The header carrying the signature (CONTRACT.md "Signatures and trust"). */
export const signatureHeader = conventions.callbacks.signatureHeader;

export type SignatureStyle = keyof typeof conventions.callbacks.signatureStyles;

export interface SigningSettings {
	/** Keys the HMAC style. */
	signingSecret?: string;
	/** Default `hmacSha256` (signed only when a secret is set); `sha256` signs every body, with no key. */
	signatureStyle?: SignatureStyle;
}

/**
 * The modeled signatures, both lowercase hex over the raw body bytes: HMAC-SHA256 keyed by the
 * shared secret, or a keyless SHA-256 like the documented `Signed` header. Undefined: not signed.
 */
export function signCallbackBody(rawBody: string | Buffer, { signingSecret, signatureStyle = 'hmacSha256' }: SigningSettings): string | undefined {
	if (signatureStyle === 'sha256') return createHash('sha256').update(rawBody).digest('hex');
	return signingSecret ? createHmac('sha256', signingSecret).update(rawBody).digest('hex') : undefined;
}
