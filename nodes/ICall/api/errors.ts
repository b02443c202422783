import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';
import type { Endpoint } from './contract/types';
import { isSafeToRepeat } from './contract/types';
import { cutWithoutSecrets, redactError, redactSecrets } from './redact';

export interface ApiErrorDetails {
	endpoint: Endpoint;
	itemIndex?: number;
	httpStatus?: number;
	vendorCode?: unknown;
	vendorMessage?: string;
	/** What went wrong in words, when there is no vendor message. */
	problem?: string;
	attempts?: number;
	/** What the user should do next, when the request may have been carried out anyway. */
	advice?: string;
	secrets: Array<string | undefined>;
}

/**
 * Builds the error from a clean object only: the HTTP client's own error carries the request
 * headers (and so the token), so it is never attached as a cause.
 */
export function buildApiError(node: INode, details: ApiErrorDetails): NodeApiError {
	const { endpoint, httpStatus, vendorCode, vendorMessage, problem, attempts, advice, secrets, itemIndex } = details;
	const what = `${endpoint.method} ${endpoint.path}`;
	const vendorPart = vendorCode !== undefined ? `AIRudder error ${String(vendorCode)}: ${vendorMessage ?? 'no message'}` : undefined;
	const parts = [vendorPart ?? problem ?? vendorMessage ?? `Request to ${what} failed`];
	if (advice) parts.push(advice.replace(/^./, (first) => first.toUpperCase()));
	const itemPart = itemIndex !== undefined ? ` (item ${itemIndex})` : '';
	const message = redactSecrets(`${parts.join('. ')}${itemPart}`, secrets);
	const notes = [`Request: ${what} (${endpoint.tag === 'M' ? 'modeled request format' : `provenance ${endpoint.tag}`})`];
	if (httpStatus !== undefined) notes.push(`HTTP status ${httpStatus}`);
	if (attempts !== undefined && attempts > 1) notes.push(`after ${attempts} attempts`);
	const response: JsonObject = { message };
	if (vendorCode !== undefined) response.code = vendorCode as string | number;
	if (httpStatus !== undefined) response.httpCode = String(httpStatus);
	const error = new NodeApiError(node, response, {
		message,
		description: redactSecrets(notes.join('; '), secrets),
		httpCode: httpStatus !== undefined ? String(httpStatus) : undefined,
		itemIndex,
	});
	// NodeApiError swaps a message that mentions a network code (ECONNRESET, ETIMEDOUT...) for n8n's
	// stock sentence ("You can retry the request immediately"); ours says what is true for AIRudder.
	error.message = message;
	error.messages = error.messages.filter((entry) => entry !== message);
	// The message was clean already; this covers what NodeApiError derives from it (stack, messages).
	return redactError(error, secrets);
}

/** What we could learn about a failed HTTP exchange, whatever shape n8n-core wrapped it in. */
export interface RequestFailure {
	/** HTTP status, when the server answered. */
	status?: number;
	/** Network error code such as ECONNREFUSED, when it did not. */
	networkCode?: string;
	headers: IDataObject;
	body?: unknown;
	message: string;
}

interface ErrorLike {
	message?: string;
	code?: string;
	httpCode?: string | null;
	status?: number;
	cause?: ErrorLike;
	response?: { status?: number; statusCode?: number; headers?: IDataObject; data?: unknown; body?: unknown };
}

/** n8n-core wraps the HTTP client's error in a NodeApiError whose `cause` is the original. */
export function describeFailure(error: unknown): RequestFailure {
	const outer = (error ?? {}) as ErrorLike;
	const layers: ErrorLike[] = [];
	for (let layer: ErrorLike | undefined = outer; layer && layers.length < 5; layer = layer.cause) {
		layers.push(layer);
	}
	const response = layers.map((l) => l.response).find((r) => r !== undefined);
	const statusFromCode = layers.map((l) => Number(l.httpCode)).find((n) => Number.isInteger(n) && n >= 100);
	const networkCode = layers.map((l) => l.code).find((c) => typeof c === 'string' && /^E[A-Z_]+$/.test(c));
	const innermost = layers[layers.length - 1];
	return {
		status: response?.status ?? response?.statusCode ?? statusFromCode,
		networkCode,
		headers: response?.headers ?? {},
		body: response?.data ?? response?.body,
		message: innermost?.message ?? outer.message ?? 'Request failed',
	};
}

/**
 * Where a user can look to see whether a write happened anyway, by resource (or resource.operation),
 * spelled as the node menus show it. Transport cannot read the menus (they import it), so the names
 * are written out; a unit test checks each against them. No entry: AIRudder offers no way to look.
 */
const CHECK_WITH: Record<string, string> = {
	task: 'Task: Get Many',
	plan: 'Plan: Get Status',
	workflow: 'Workflow: Get Many',
	workflowContact: 'Workflow: Find by Contact',
	workflowTask: 'Workflow Outbound Task: Get Many',
	'templateMessage.send': "Template Message: Get Result (with the batch ID of the trigger's template result event)",
	conversation: 'Conversation: Get Many',
	message: 'Message: Get Many',
};

/**
 * Whether a failed request may still have been carried out by AIRudder: a write that got a 5xx,
 * or whose connection broke (or timed out) after it was sent. Refused connections and 429 prove
 * it was not.
 */
export function mayHaveBeenApplied(endpoint: Endpoint, failure: RequestFailure): boolean {
	if (isSafeToRepeat(endpoint)) return false;
	if (failure.status !== undefined) return failure.status >= 500;
	return failure.networkCode === undefined || !NOT_SENT_CODES.has(failure.networkCode);
}

/**
 * A write whose answer was lost may still have been carried out. The error says so where the
 * operations can read it, so that a create can look its name up instead of guessing.
 */
export function markWriteMayHaveArrived<E extends ExecutionErrorWithContext>(error: E): E {
	error.context.writeMayHaveArrived = true;
	return error;
}

export function writeMayHaveArrived(error: unknown): boolean {
	return (error as Partial<ExecutionErrorWithContext> | undefined)?.context?.writeMayHaveArrived === true;
}

interface ExecutionErrorWithContext extends Error {
	context: IDataObject;
}

/** The sentence that replaces n8n's stock "you can retry" after a write that may have been applied. */
export function ambiguousWriteAdvice(endpoint: Endpoint): string {
	const thing = endpoint.resource;
	const done = endpoint.operation === 'create' ? 'created' : 'applied';
	const check = CHECK_WITH[`${thing}.${endpoint.operation}`] ?? CHECK_WITH[thing];
	const subject = endpoint.operation === 'create' ? `the ${thing}` : `"${endpoint.title}"`;
	if (check === undefined) return `${subject} may have been ${done}, and AIRudder offers no way to look it up: retrying may do it twice`;
	return `${subject} may have been ${done}: check with ${check} before retrying, or it may happen twice`;
}

/** How much of a body that is not JSON (a gateway's page) the error quotes. */
const QUOTED_BODY_LENGTH = 200;

function describeStatus(failure: RequestFailure, textBody: string | undefined, secrets: Array<string | undefined>): string {
	// The body may echo the request: secrets go before the cut, which would leave a part no mask recognises.
	const quoted = textBody ? cutWithoutSecrets(redactSecrets(textBody, secrets).replace(/\s+/g, ' ').trim(), QUOTED_BODY_LENGTH, secrets) : '';
	const shown = quoted ? `: ${quoted}` : '';
	return `AIRudder answered HTTP ${failure.status}${textBody !== undefined ? ' with a body that is not JSON' : ''}${shown}`;
}

/** The headline of a failed exchange without a vendor envelope, in our words; `secrets` never appear in it. */
export function describeProblem(host: string, failure: RequestFailure, timeoutMs: number, secrets: Array<string | undefined>): string {
	// An answer beats the client's error code (axios calls any 5xx ERR_BAD_RESPONSE).
	if (failure.status !== undefined) {
		return describeStatus(failure, typeof failure.body === 'string' ? failure.body : undefined, secrets);
	}
	const code = failure.networkCode;
	if (code !== undefined && TIMEOUT_CODES.has(code)) {
		return `AIRudder at ${host} did not answer within ${timeoutMs / 1000} s (Request Options > Timeout)`;
	}
	if (code !== undefined && NOT_SENT_CODES.has(code)) {
		return `Cannot reach AIRudder at ${host} (${code}): check the Base URL in the credential and the network`;
	}
	if (code !== undefined) return `The connection to AIRudder at ${host} broke (${code})`;
	return failure.message;
}

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

/** Errors that prove the request never reached the server: retrying cannot duplicate anything. */
export const NOT_SENT_CODES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** The client gave up waiting for an answer (our per-request timeout). */
export const TIMEOUT_CODES: ReadonlySet<string> = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'ECONNABORTED']);

/** Transient network errors: the request may or may not have been processed. */
const TRANSIENT_CODES: ReadonlySet<string> = new Set([
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

export const defaultRetrySettings: Readonly<RetrySettings> = { maxRetries: 5, baseDelayMs: 500, maxDelayMs: 30000, timeoutMs: DEFAULT_TIMEOUT_MS };

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
