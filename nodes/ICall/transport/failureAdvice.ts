import type { Endpoint } from '../contract';
import { isSafeToRepeat } from '../contract';
import type { RequestFailure } from './failure';
import { NOT_SENT_CODES, TIMEOUT_CODES } from './retryPolicy';

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

/** The sentence that replaces n8n's stock "you can retry" after a write that may have been applied. */
export function ambiguousWriteAdvice(endpoint: Endpoint): string {
	const thing = endpoint.resource;
	const done = endpoint.operation === 'create' ? 'created' : 'applied';
	const check = CHECK_WITH[`${thing}.${endpoint.operation}`] ?? CHECK_WITH[thing];
	const subject = endpoint.operation === 'create' ? `the ${thing}` : `"${endpoint.title}"`;
	if (check === undefined) return `${subject} may have been ${done}, and AIRudder offers no way to look it up: retrying may do it twice`;
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
