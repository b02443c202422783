import type { IWebhookFunctions } from 'n8n-workflow';

import { isJsonObject } from './recognizeEvent';
import { logContext } from './reply';

/**
 * The bytes AIRudder sent. n8n keeps them in `rawBody` when it parsed the body, and reads them on
 * request for content types it leaves alone. Multipart bodies are consumed by n8n's form parser and
 * have no raw bytes left to read, so the parsed body is all there is. If a runtime kept nothing,
 * re-serialising the parsed body is the best we have (a signature may then fail on whitespace or
 * key order, which the warning for that 401 makes visible).
 */
export async function readRawBody(ctx: IWebhookFunctions, body: unknown, contentType: string): Promise<string> {
	const request = ctx.getRequestObject();
	const multipart = contentType.toLowerCase().startsWith('multipart/');
	if (!multipart && !Buffer.isBuffer(request.rawBody) && typeof request.readRawBody === 'function') await request.readRawBody();
	if (Buffer.isBuffer(request.rawBody)) return request.rawBody.toString('utf8');
	ctx.logger.debug('AIRudder iCall Trigger: no raw body from n8n, using the re-serialised parsed body', logContext(ctx));
	return typeof body === 'string' ? body : JSON.stringify(body ?? {});
}

/**
 * n8n parses only the content types it knows (from node version 1.1 it does not even read the
 * others). AIRudder documents `application/json`, but a proxy or a resend tool may change the
 * header; an empty parsed body with bytes behind it is read here instead of being lost: JSON when
 * it parses, else the text itself.
 */
export function bodyOrRawText(parsed: unknown, rawBody: string): unknown {
	const parsedNothing = parsed === undefined || parsed === null || (isJsonObject(parsed) && Object.keys(parsed).length === 0);
	if (!parsedNothing || rawBody.trim() === '') return parsed ?? {};
	try {
		return JSON.parse(rawBody) as unknown;
	} catch {
		return rawBody;
	}
}
