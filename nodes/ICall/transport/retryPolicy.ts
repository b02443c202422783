import type { RequestFailure } from './failure';

/** Errors that prove the request never reached the server: retrying cannot duplicate anything. */
export const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** The client gave up waiting for an answer (our per-request timeout). */
export const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'ECONNABORTED']);

/** Transient network errors: the request may or may not have been processed. */
const TRANSIENT_CODES = new Set([
	...NOT_SENT_CODES,
	'ECONNRESET',
	'ETIMEDOUT',
	'ESOCKETTIMEDOUT',
	'EPIPE',
	'ECONNABORTED',
]);

export interface RetrySettings {
	maxRetries: number;
	baseDelayMs: number;
	maxDelayMs: number;
	/** How long one attempt may wait for AIRudder's answer. */
	timeoutMs: number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

export const defaultRetrySettings: RetrySettings = { maxRetries: 5, baseDelayMs: 500, maxDelayMs: 30000, timeoutMs: DEFAULT_TIMEOUT_MS };

/**
 * Reads are safe to repeat. A write (creating a task, cancelling a call) is retried only when it
 * cannot have reached the server or was explicitly refused with 429, so a task is never created twice.
 */
export function isRetryable(safeToRepeat: boolean, failure: RequestFailure): boolean {
	if (failure.status === 429) return true;
	if (safeToRepeat) {
		if (failure.status !== undefined) return failure.status >= 500;
		return failure.networkCode !== undefined && TRANSIENT_CODES.has(failure.networkCode);
	}
	return failure.status === undefined && failure.networkCode !== undefined && NOT_SENT_CODES.has(failure.networkCode);
}

/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(headers: Record<string, unknown>, now = Date.now()): number | undefined {
	const raw = headers['retry-after'] ?? headers['Retry-After'];
	if (raw === undefined || raw === null || raw === '') return undefined;
	const seconds = Number(raw);
	if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
	const date = Date.parse(String(raw));
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with full jitter; the server's Retry-After wins when it asks for longer. */
export function backoffDelayMs(
	attempt: number,
	settings: Pick<RetrySettings, 'baseDelayMs' | 'maxDelayMs'>,
	serverAsked: number | undefined,
	random: () => number = Math.random,
): number {
	const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** attempt);
	const jittered = Math.round(ceiling / 2 + random() * (ceiling / 2));
	return Math.min(settings.maxDelayMs, Math.max(jittered, serverAsked ?? 0));
}
