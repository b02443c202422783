import type { Endpoint } from '../contract';
import type { RequestFailure } from './failure';
import { NOT_SENT_CODES, TIMEOUT_CODES } from './retryPolicy';

/** "task" → "Task", "getMany" → "Get Many": the words the node's menus use. */
function titleCase(word: string): string {
	return word.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (first) => first.toUpperCase());
}

/** Where a user can look to see whether a write happened anyway. */
const CHECK_WITH: Record<string, string> = {
	task: 'Task: Get Many',
	plan: 'Plan: Get Status',
};

/**
 * Whether a failed request may still have been carried out by AIRudder: a write that got a 5xx,
 * or whose connection broke (or timed out) after it was sent. Refused connections and 429 prove
 * it was not.
 */
export function mayHaveBeenApplied(endpoint: Endpoint, failure: RequestFailure): boolean {
	if (endpoint.method === 'GET') return false;
	if (failure.status !== undefined) return failure.status >= 500;
	return failure.networkCode === undefined || !NOT_SENT_CODES.has(failure.networkCode);
}

/** The sentence that replaces n8n's stock "you can retry" after a write that may have been applied. */
export function ambiguousWriteAdvice(endpoint: Endpoint): string {
	const thing = endpoint.resource;
	const done = endpoint.operation === 'create' ? 'created' : 'applied';
	const check = CHECK_WITH[thing] ?? `${titleCase(thing)}: ${titleCase('getMany')}`;
	const subject = endpoint.operation === 'create' ? `the ${thing}` : `"${endpoint.title}"`;
	return `${subject} may have been ${done}: check with ${check} before retrying, or it may happen twice`;
}

function describeStatus(failure: RequestFailure, textBody: string | undefined): string {
	const shown = textBody ? `: ${textBody.replace(/\s+/g, ' ').trim().slice(0, 200)}` : '';
	return `AIRudder answered HTTP ${failure.status}${textBody !== undefined ? ' with a body that is not JSON' : ''}${shown}`;
}

/** The headline of a failed exchange without a vendor envelope, in our words. */
export function describeProblem(host: string, failure: RequestFailure, timeoutMs: number): string {
	// An answer beats the client's error code (axios calls any 5xx ERR_BAD_RESPONSE).
	if (failure.status !== undefined) {
		return describeStatus(failure, typeof failure.body === 'string' ? failure.body : undefined);
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
