import { createHmac } from 'crypto';
import { conventions } from '../api/contract/conventions';
import { constantTimeEqual } from './constantTime';
import type { CheckResult } from './requestToken';

/**
 * `X-AIRudder-Sign` is documented on the chatbot session-end callback but its algorithm is not.
 * The model (M, CONTRACT.md): lowercase hex HMAC-SHA256 of the raw request body, keyed with a
 * secret the user agrees with AIRudder. The sandbox signs the same way, so tests exercise it.
 */

export const SIGNATURE_HEADER = conventions.callbacks.signatureHeader;

export function signBody(rawBody: Buffer | string, secret: string): string {
	return createHmac('sha256', secret).update(rawBody).digest('hex');
}

export function verifySignature(rawBody: Buffer | string, headerValue: unknown, secret: string): CheckResult {
	const presented = Array.isArray(headerValue) ? headerValue[0] : headerValue;
	if (typeof presented !== 'string' || presented.trim() === '') {
		return { ok: false, reason: `Missing ${SIGNATURE_HEADER} header` };
	}
	const normalized = presented.trim().toLowerCase();
	if (!/^[0-9a-f]{64}$/.test(normalized)) {
		return { ok: false, reason: `${SIGNATURE_HEADER} is not a hex HMAC-SHA256 (64 hex characters)` };
	}
	if (!constantTimeEqual(normalized, signBody(rawBody, secret))) {
		return { ok: false, reason: `${SIGNATURE_HEADER} does not match the body signed with the configured secret` };
	}
	return { ok: true };
}
