import { createHash, createHmac, timingSafeEqual } from 'crypto';
import type { IDataObject } from 'n8n-workflow';
import { conventions } from '../api/contract/conventions';

/**
 * Whether a callback comes from AIRudder. Their staff paste our URL into their console, so a secret
 * inside that URL (or a header they agree to send) is the one check we fully control; the signature
 * header is the second, where AIRudder signs.
 */

export type CheckResult = { ok: true } | { ok: false; reason: string };

type Headers = Record<string, string | string[] | undefined>;

/**
 * Compares two secrets without leaking, through timing, where they first differ or how long
 * the expected one is: both sides are hashed to the same length before the constant-time compare.
 */
function constantTimeEqual(actual: string, expected: string): boolean {
	const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
	return timingSafeEqual(digest(actual), digest(expected));
}

export interface TokenCheckSettings {
	expectedToken: string;
	/** Query parameter that may carry the token, e.g. `token` in `...?token=abc`. */
	queryParameter: string;
	/** Header that may carry the token instead; matched case-insensitively. */
	headerName: string;
}

function firstValue(value: unknown): string | undefined {
	if (Array.isArray(value)) return firstValue(value[0]);
	return typeof value === 'string' ? value : undefined;
}

export function checkRequestToken(query: IDataObject, headers: Headers, settings: TokenCheckSettings): CheckResult {
	const fromQuery = settings.queryParameter ? firstValue(query[settings.queryParameter]) : undefined;
	const fromHeader = settings.headerName ? firstValue(headers[settings.headerName.toLowerCase()]) : undefined;
	// An empty value says nothing (a proxy may keep `?token=` with its value stripped): try the other place.
	const presented = fromQuery || fromHeader;
	const where = `query parameter "${settings.queryParameter}" or header "${settings.headerName}"`;
	if (presented === undefined || presented === '') {
		return { ok: false, reason: `Missing secret token: expected in the ${where}` };
	}
	if (!constantTimeEqual(presented, settings.expectedToken)) {
		return { ok: false, reason: `The secret token in the ${where} does not match` };
	}
	return { ok: true };
}

/** The headers without the one that carries the token, so the secret never reaches the output. */
export function headersWithoutToken(headers: Headers, headerName: string | undefined): IDataObject {
	const hidden = headerName?.toLowerCase();
	const kept: IDataObject = {};
	for (const [name, value] of Object.entries(headers)) {
		if (value !== undefined && name.toLowerCase() !== hidden) kept[name] = value;
	}
	return kept;
}

/** The query without the token parameter, for the same reason. */
export function queryWithoutToken(query: IDataObject, parameter: string | undefined): IDataObject {
	const kept: IDataObject = { ...query };
	if (parameter) delete kept[parameter];
	return kept;
}

/**
 * `X-AIRudder-Sign` is documented on the chatbot session-end callback but its algorithm is not.
 * Our model (M): lowercase hex HMAC-SHA256 of the raw request body, keyed with a secret the user
 * agrees with AIRudder. The sandbox signs the same way, so tests exercise it.
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
