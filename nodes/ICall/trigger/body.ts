import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';
import { conventions } from '../api/contract/conventions';
import { AesError, decryptAes, headerValue, isSealedAnswer, looksLikeCiphertext, signatureMatches } from '../api/crypto';
import { logContext } from './reply';

/**
 * From the request to the payload: the exact bytes AIRudder sent, the payload they hold, and the
 * payload inside an encrypted body.
 */

type Headers = Record<string, string | string[] | undefined>;

export function isJsonObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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
function jsonOrText(text: string): unknown {
	try {
		const parsed: unknown = JSON.parse(text);
		return typeof parsed === 'object' && parsed !== null ? parsed : text;
	} catch {
		return text;
	}
}

/**
 * n8n parses only the content types it knows (the others it does not even read for this node), and
 * hands a `text/plain` body over as a string. AIRudder documents `application/json`, but a proxy or a
 * resend tool may change the header: a string body is read as JSON when it is JSON, and an empty
 * parsed body with bytes behind it is read from the bytes the same way.
 */
export function bodyOrRawText(parsed: unknown, rawBody: Buffer): unknown {
	if (typeof parsed === 'string' && parsed.trim() !== '') return jsonOrText(parsed);
	const parsedNothing = parsed === undefined || parsed === null || parsed === '' || (isJsonObject(parsed) && Object.keys(parsed).length === 0);
	const rawText = rawBody.toString('utf8');
	if (!parsedNothing || rawText.trim() === '') return parsed ?? {};
	return jsonOrText(rawText);
}

/*
 * Encrypted callbacks use the API's scheme (our model for callbacks, M): the body is the base64
 * ciphertext of the JSON payload, with `Is-Encrypted: 1` and `Signed` (hex SHA-256 of the
 * plaintext). The first edition's `{"data": "<ciphertext>"}` wrapper is still read.
 */

const { flagHeader, flagValue, signatureHeader } = conventions.encryption;
const { encryptedBodyField: wrapperField } = conventions.callbacks;

export type DecryptResult = { ok: true; payload: unknown } | { ok: false; status: 400 | 401; reason: string };

/** Whether the sender marked the body as encrypted (the same marker as on the API's answers). */
export function isMarkedEncrypted(headers: Headers): boolean {
	return isSealedAnswer(headers as IDataObject);
}

/**
 * Where the ciphertext sits. The raw bytes come first: n8n parses form-encoded bodies into keys
 * (turning `+` into spaces), so only the raw text is exact. Then a JSON string literal, the wrapper
 * field of a JSON object, and last the parsed body when n8n kept no raw bytes (multipart).
 */
function findCiphertext(body: unknown, rawBody: string): string | undefined {
	const raw = rawBody.trim();
	if (raw.startsWith('{')) {
		try {
			const wrapper: unknown = JSON.parse(raw);
			return isJsonObject(wrapper) && typeof wrapper[wrapperField] === 'string' ? wrapper[wrapperField] : undefined;
		} catch {
			return undefined;
		}
	}
	// Parsed, not sliced: a JSON encoder may write the base64 "/" as "\/".
	if (raw.startsWith('"')) {
		try {
			const literal: unknown = JSON.parse(raw);
			return typeof literal === 'string' && literal !== '' ? literal : undefined;
		} catch {
			return undefined;
		}
	}
	if (raw !== '') return raw;
	if (typeof body === 'string' && body.trim() !== '') return body.trim();
	if (isJsonObject(body) && typeof body[wrapperField] === 'string') return body[wrapperField];
	return undefined;
}

export interface EncryptedCallback {
	body: unknown;
	rawBody: Buffer;
	headers: Headers;
	key: string;
}

/**
 * Why a decrypted text is not the payload, in words a user can take to AIRudder. A sender padding
 * the PKCS#7 way (N bytes of value N) instead of the vendor's zero bytes leaves those bytes after
 * the JSON, and they are worth naming since the rest of the text looks right.
 */
function notJsonReason(plaintext: string): string {
	const reason = 'The body decrypts, but it does not decrypt to a JSON payload';
	const last = plaintext.charCodeAt(plaintext.length - 1);
	const padding = plaintext.slice(-last);
	if (last >= 1 && last <= 16 && padding.length === last && [...padding].every((char) => char.charCodeAt(0) === last)) {
		return `${reason}: it ends in ${last} bytes of value ${last}, which is PKCS#7 padding; AIRudder's scheme pads with zero bytes`;
	}
	return reason;
}

/**
 * The payload of an encrypted callback, or why it is refused: 400 when the body is not the
 * ciphertext it claims to be, does not decrypt, or decrypts to something other than JSON (passing
 * such text on would emit it as an "unknown" event, or drop it under an event filter, while the
 * 2xx stops AIRudder's retries); 401 when `Signed` does not match the plaintext.
 */
export function decryptCallback({ body, rawBody, headers, key }: EncryptedCallback): DecryptResult {
	const marked = isMarkedEncrypted(headers);
	const ciphertext = findCiphertext(body, rawBody.toString('utf8'));
	if (ciphertext === undefined || !looksLikeCiphertext(ciphertext)) {
		const why = marked
			? `The callback says ${flagHeader}: ${flagValue}, but its body is not base64 ciphertext`
			: 'Encrypted Callbacks is set to Always, but this callback\'s body is not base64 ciphertext';
		return { ok: false, status: 400, reason: why };
	}
	let plaintext: string;
	try {
		plaintext = decryptAes(ciphertext, key);
	} catch (error) {
		const reason = error instanceof AesError ? error.message : 'AES decryption failed';
		return { ok: false, status: 400, reason: `Could not decrypt the body: ${reason}` };
	}
	// Before Signed: a padding fault also breaks Signed, and a 401 would not say what went wrong.
	const payload = jsonOrText(plaintext);
	if (typeof payload === 'string') return { ok: false, status: 400, reason: notJsonReason(plaintext) };
	const signed = headerValue(headers as IDataObject, signatureHeader)?.trim();
	if (signed !== undefined && signed !== '' && !signatureMatches(plaintext, signed)) {
		return { ok: false, status: 401, reason: `The ${signatureHeader} header does not match the decrypted body (SHA-256 of the plaintext)` };
	}
	return { ok: true, payload };
}
