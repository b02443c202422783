import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { Endpoint } from '../contract';
import { redactError, redactSecrets } from '../helpers/redact';

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
