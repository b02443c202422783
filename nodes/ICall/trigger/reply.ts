import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { conventions } from '../api/contract/conventions';

/**
 * Every answer the trigger gives AIRudder. A 2xx stops AIRudder's retries, so accepted, filtered
 * and repeated callbacks all get the modeled success reply at once; only a callback we refuse
 * gets a 4xx (or a 500 when the trigger is misconfigured), with the reason in the body (never a
 * secret) and a warning in n8n's log.
 *
 * The success reply is the node's `webhookResponse`. n8n answers it only when the webhook
 * description's `responseData` is defined and empty: left undefined, n8n 2.x falls back to the
 * Webhook node's "firstEntryJson" and sends that word as the body.
 */

export const ACCEPTED_REPLY: IDataObject = { ...conventions.callbacks.reply };

/** 400/401: the callback is at fault. 500: the trigger's own settings are, so AIRudder's retries may succeed once fixed. */
export type RejectStatus = 400 | 401 | 500;
const statusText: Record<RejectStatus, string> = { 400: 'Bad Request', 401: 'Unauthorized', 500: 'Internal Server Error' };

export function logContext(ctx: IWebhookFunctions, extra: IDataObject = {}): IDataObject {
	return { workflowId: ctx.getWorkflow().id, node: ctx.getNode().name, ...extra };
}

/** The body a refused callback gets: the vendor's envelope style plus the reason. */
export function rejectionBody(status: RejectStatus, reason: string): IDataObject {
	return { code: status, status: statusText[status], message: reason };
}

export function reject(ctx: IWebhookFunctions, status: RejectStatus, reason: string): IWebhookResponseData {
	ctx.logger.warn(`AIRudder iCall Trigger refused a callback with HTTP ${status}: ${reason}`, logContext(ctx));
	ctx.getResponseObject().status(status).json(rejectionBody(status, reason));
	return { noWebhookResponse: true };
}

/**
 * A callback we accept but do not run the workflow for: `debug` for events the user chose not to
 * hear (routine), `info` for repeats (worth seeing when counting executions against calls).
 */
export function acknowledgeWithoutRun(
	ctx: IWebhookFunctions,
	why: string,
	event: string,
	level: 'debug' | 'info',
): IWebhookResponseData {
	ctx.logger[level](`AIRudder iCall Trigger answered 200 without starting the workflow: ${why}`, logContext(ctx, { event }));
	return { webhookResponse: ACCEPTED_REPLY };
}
