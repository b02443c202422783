// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { createHmac } from 'node:crypto';
import { conventions } from '../contract';

/** The header carrying the signature (CONTRACT.md "Signatures and trust"). */
export const signatureHeader = conventions.callbacks.signatureHeader;

/** The modeled signature: hex HMAC-SHA256 of the raw body bytes, keyed by the shared secret. */
export function signCallbackBody(rawBody: string | Buffer, secret: string): string {
	return createHmac('sha256', secret).update(rawBody).digest('hex');
}
