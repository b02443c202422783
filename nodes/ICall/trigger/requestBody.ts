import type { IWebhookFunctions } from 'n8n-workflow';

import { isJsonObject } from './recognizeEvent';
import { logContext } from './reply';

/**
 * The bytes AIRudder sent, as bytes: a signature is computed over them and a repeat is the same
 * bytes again, and decoding bytes that are not UTF-8 would merge different ones into the same
 * replacement characters. n8n keeps them in `rawBody` when it parsed the body, and reads them on
 * request for content types it leaves alone. Multipart bodies are consumed by n8n's form parser and
 * have no raw bytes left to read, so the parsed body is all there is. If a runtime kept nothing,
 * re-serialising the parsed body is the best we have (a signature may then fail on whitespace or
 * key order, which the warning for that 401 makes visible).
 */
export async function readRawBody(ctx: IWebhookFunctions, body: unknown, contentType: string): Promise<Buffer> {
	const request = ctx.getRequestObject();
	const multipart = contentType.toLowerCase().startsWith('multipart/');
	if (!multipart && !Buffer.isBuffer(request.rawBody) && typeof request.readRawBody === 'function') await request.readRawBody();
	if (Buffer.isBuffer(request.rawBody)) return request.rawBody;
	ctx.logger.debug('AIRudder iCall Trigger: no raw body from n8n, using the re-serialised parsed body', logContext(ctx));
	return Buffer.from(typeof body === 'string' ? body : JSON.stringify(body ?? {}), 'utf8');
}

/** Whether the bytes are UTF-8 text, so that text read from them stands for them exactly. */
export function isUtf8Text(bytes: Buffer): boolean {
	return Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes);
}

/**
 * A callback payload is a JSON object (or array). Text holding one is read as JSON; any other
 * text, a bare JSON number or string included, stays the text it is, so nothing is dropped.
 */
export function jsonOrText(text: string): unknown {
	try {
		const parsed: unknown = JSON.parse(text);
		return typeof parsed === 'object' && parsed !== null ? parsed : text;
	} catch {
		return text;
	}
}

/**
 * n8n parses only the content types it knows (from node version 1.1 it does not even read the
 * others), and hands a `text/plain` body over as a string. AIRudder documents `application/json`,
 * but a proxy or a resend tool may change the header: a string body is read as JSON when it is
 * JSON, and an empty parsed body with bytes behind it is read from the bytes the same way.
 */
export function bodyOrRawText(parsed: unknown, rawBody: Buffer): unknown {
	if (typeof parsed === 'string' && parsed.trim() !== '') return jsonOrText(parsed);
	const parsedNothing = parsed === undefined || parsed === null || parsed === '' || (isJsonObject(parsed) && Object.keys(parsed).length === 0);
	const rawText = rawBody.toString('utf8');
	if (!parsedNothing || rawText.trim() === '') return parsed ?? {};
	return jsonOrText(rawText);
}
