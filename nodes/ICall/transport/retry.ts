import { sleep } from 'n8n-workflow';

import type { RequestFailure } from './failure';
import { describeFailure } from './failure';
import type { RetrySettings } from './retryPolicy';
import { backoffDelayMs, isRetryable, retryAfterMs } from './retryPolicy';

export type Outcome<T> = { ok: true; value: T } | { ok: false; failure: RequestFailure; attempts: number };

/**
 * Runs one HTTP exchange, repeating it only as the retry policy allows. The final failure is
 * returned, not thrown, so the caller can turn it into a clean error without the raw cause.
 */
export async function withRetries<T>(safeToRepeat: boolean, settings: RetrySettings, send: () => Promise<T>): Promise<Outcome<T>> {
	for (let attempt = 0; ; attempt++) {
		let failure: RequestFailure;
		try {
			return { ok: true, value: await send() };
		} catch (error) {
			failure = describeFailure(error);
		}
		if (failure.body !== undefined && isStream(failure.body)) failure.body = await readBody(failure.body);
		if (attempt >= settings.maxRetries || !isRetryable(safeToRepeat, failure)) {
			return { ok: false, failure, attempts: attempt + 1 };
		}
		await sleep(backoffDelayMs(attempt, settings, retryAfterMs(failure.headers)));
	}
}

export function isStream(value: unknown): value is NodeJS.ReadableStream {
	return typeof value === 'object' && value !== null && typeof (value as { pipe?: unknown }).pipe === 'function';
}

/** Reads a small response body (JSON or text) that arrived as a stream. */
export async function readBody(stream: NodeJS.ReadableStream): Promise<unknown> {
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
	const text = Buffer.concat(chunks).toString('utf8');
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text;
	}
}
