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
 * Our model (M) lets the user pick: the lowercase hex HMAC-SHA256 of the raw request body, keyed
 * with a secret agreed with AIRudder, or the keyless lowercase hex SHA-256 of the raw body, in the
 * style of the `Signed` header AIRudder documents. The sandbox signs both ways, so tests exercise them.
 */
export const SIGNATURE_HEADER = conventions.callbacks.signatureHeader;

export type SignatureStyle = keyof typeof conventions.callbacks.signatureStyles;

export type SignatureCheck = { style: 'hmacSha256'; secret: string } | { style: 'sha256' };

export function signBody(rawBody: Buffer | string, check: SignatureCheck): string {
	const digest = check.style === 'hmacSha256' ? createHmac('sha256', check.secret) : createHash('sha256');
	return digest.update(rawBody).digest('hex');
}

const mismatch: Record<SignatureStyle, string> = {
	hmacSha256: 'the body signed with the configured secret',
	sha256: 'the SHA-256 of the body',
};

/** Checked over the exact bytes received, compared in constant time. */
export function verifySignature(rawBody: Buffer | string, headerValue: unknown, check: SignatureCheck): CheckResult {
	const presented = Array.isArray(headerValue) ? headerValue[0] : headerValue;
	if (typeof presented !== 'string' || presented.trim() === '') {
		return { ok: false, reason: `Missing ${SIGNATURE_HEADER} header` };
	}
	const normalized = presented.trim().toLowerCase();
	if (!/^[0-9a-f]{64}$/.test(normalized)) {
		const algorithm = check.style === 'hmacSha256' ? 'HMAC-SHA256' : 'SHA-256';
		return { ok: false, reason: `${SIGNATURE_HEADER} is not a hex ${algorithm} (64 hex characters)` };
	}
	if (!constantTimeEqual(normalized, signBody(rawBody, check))) {
		return { ok: false, reason: `${SIGNATURE_HEADER} does not match ${mismatch[check.style]}` };
	}
	return { ok: true };
}
