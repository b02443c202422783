import type { IAdditionalCredentialOptions, ICredentialDataDecryptedObject, IDataObject, IExecuteFunctions, IHttpRequestOptions, ILoadOptionsFunctions, IN8nHttpFullResponse, IPollFunctions } from 'n8n-workflow';
import { conventions } from './contract/conventions';
import type { Endpoint } from './contract/types';
import { isSafeToRepeat } from './contract/types';
import type { Checked } from './crypto';
import { isSealedAnswer, openAnswer, readEncryptionKey, sealBody, sealQuery } from './crypto';
import {
	type ApiErrorDetails,
	type RetrySettings,
	ambiguousWriteAdvice,
	buildApiError,
	defaultRetrySettings,
	describeFailure,
	describeProblem,
	markWriteMayHaveArrived,
	mayHaveBeenApplied,
	readBody,
	withRetries,
} from './errors';
import type { FilePart } from './files';
import { streamedForm } from './files';
import { redactDeep } from './redact';
import { credentialsOfRun, ensureNewerToken, rememberSecrets, rememberedSecrets } from './session';

export const CREDENTIAL_TYPE = 'iCallApi';

export type ApiContext = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions;

export interface CallOptions {
	query?: IDataObject;
	body?: IDataObject;
	/** Form fields of a multipart endpoint (`placeFields` decides). */
	form?: IDataObject;
	itemIndex?: number;
	retry?: RetrySettings;
	/** Ask for the raw response as a stream: the endpoint may answer with a file instead of JSON. */
	asStream?: boolean;
	/** A multipart/form-data request (text fields, then the file streamed), instead of JSON. */
	multipart?: { fields: Record<string, string>; file: FilePart };
	/** Hand back an answer whose envelope is not the success envelope (or no envelope at all) instead of failing: the account check describes it. */
	returnFailedEnvelope?: boolean;
}

export interface RawResponse {
	statusCode: number;
	headers: IDataObject;
	/** The envelope, or (for `asStream` when the endpoint sent a file) the file as a stream. */
	body: unknown;
	/** `body` is a file stream, not an envelope. */
	isFile?: boolean;
}

/**
 * The one way the node talks to iCall: token handling, retries and the envelope check.
 * Returns the whole envelope (for JSON) or the raw response (for `asStream`).
 */
export async function callEndpoint(this: ApiContext, endpoint: Endpoint, options: CallOptions = {}): Promise<RawResponse> {
	for (;;) {
		const credentials = await credentialsOfThisRun(this);
		if (credentials.token) return await callWithCredentials.call(this, credentials, endpoint, options);
		// n8n logs in inside a request that carries no token, so this request is the first login:
		// it goes alone, and the requests waiting for the same login then send with the token it stored.
		let ownAnswer: Promise<RawResponse> | undefined;
		await ensureNewerToken(credentialKey(this), '', {
			readStoredToken: async () => await readStoredToken(this),
			logIn: async () => {
				ownAnswer = callWithCredentials.call(this, credentials, endpoint, options);
				// The answer is this request's alone; the waiters only need the login to be over.
				await ownAnswer.catch(() => undefined);
			},
		});
		if (ownAnswer) return await ownAnswer;
		// Another request logged in (or failed to, and the next one tries): read the credentials again.
	}
}

async function callWithCredentials(
	this: ApiContext,
	credentials: ICredentialDataDecryptedObject,
	endpoint: Endpoint,
	options: CallOptions,
): Promise<RawResponse> {
	const retry = options.retry ?? defaultRetrySettings;
	const host = normalizeBaseUrl(credentials.baseUrl);
	// The secrets are read when the error is built: a token issued meanwhile is masked too.
	const fail = (details: Partial<ApiErrorDetails>) =>
		buildApiError(this.getNode(), { endpoint, itemIndex: options.itemIndex, secrets: rememberedSecrets(), ...details });
	const keyRead = readEncryptionKey(credentials);
	if (!keyRead.ok) throw fail({ problem: keyRead.problem });
	const encryptionKey = keyRead.value;
	const request: IHttpRequestOptions = {
		method: endpoint.method,
		baseURL: host,
		url: endpoint.path,
		headers: userAgentHeaders(),
		returnFullResponse: true,
		json: !options.asStream,
		timeout: retry.timeoutMs,
		...(options.asStream ? { encoding: 'stream' as const } : {}),
	};
	if (options.query && Object.keys(options.query).length > 0) request.qs = options.query;
	if (endpoint.method !== 'GET') request.body = options.body ?? {};
	// The vendor's scheme seals query strings and JSON bodies; a multipart upload goes as it is (M).
	if (encryptionKey && !options.multipart) sealRequest(request, encryptionKey);
	const { multipart } = options;
	// A streamed form is made anew for each attempt: a retry sends the whole file again.
	const bodyOfAttempt = () => (multipart ? { body: streamedForm(multipart.fields, multipart.file) as unknown as IDataObject } : {});
	const open = (headers: IDataObject, body: unknown): Checked<unknown> =>
		encryptionKey ? openAnswer(headers, body, encryptionKey) : { ok: true, value: body };

	// An expired token (HTTP 401, or HTTP 200 with body code 401) is renewed once for all requests in flight.
	let current = credentials;
	for (const renewed of [false, true]) {
		// The values of the last attempt: a token n8n logged in for on the way is in them, and is the one refused.
		let sent = current;
		const outcome = await withRetries(isSafeToRepeat(endpoint), retry, async () => {
			sent = { ...current };
			return await sendWith(this, { ...request, ...bodyOfAttempt() }, sent);
		});
		if (!outcome.ok && outcome.failure.status === 401 && !renewed) {
			current = await renewToken(this, sent, retry, fail);
			continue;
		}
		if (!outcome.ok) {
			const { failure, attempts } = outcome;
			// An error answer that cannot be opened still says what it can: its raw text.
			const opened = failure.body === undefined ? undefined : open(failure.headers, failure.body);
			const failureBody = opened?.ok ? opened.value : failure.body;
			const vendor = typeof failureBody === 'object' && failureBody !== null ? envelopeError(failureBody) : undefined;
			const failed = { ...failure, body: failureBody };
			const mayHaveArrived = mayHaveBeenApplied(endpoint, failed);
			const error = fail({
				httpStatus: failure.status,
				vendorCode: vendor?.code,
				vendorMessage: vendor?.message,
				problem: describeProblem(host, failed, retry.timeoutMs, rememberedSecrets()),
				advice: mayHaveArrived ? ambiguousWriteAdvice(endpoint) : undefined,
				attempts,
			});
			throw mayHaveArrived ? markWriteMayHaveArrived(error) : error;
		}
		const response = outcome.value;
		const sealed = encryptionKey !== undefined && isSealedAnswer(response.headers);
		if (options.asStream && !sealed && !isJsonResponse(response.headers)) return { ...response, isFile: true };
		const received = options.asStream ? await readBody(response.body as NodeJS.ReadableStream) : response.body;
		const opened = open(response.headers, received);
		if (!opened.ok) throw fail({ httpStatus: response.statusCode, problem: opened.problem });
		const body = opened.value;
		if (isTokenInvalidBody(body) && !renewed) {
			current = await renewToken(this, sent, retry, fail);
			continue;
		}
		const vendor = options.returnFailedEnvelope ? undefined : envelopeError(body);
		if (vendor) {
			throw fail({ httpStatus: response.statusCode, vendorCode: vendor.code, vendorMessage: vendor.message });
		}
		// A server that echoes the request would otherwise put the token into the node's output.
		return { ...response, body: redactDeep(body, rememberedSecrets()) };
	}
	throw fail({ problem: 'AIRudder refused a freshly issued token' });
}

/**
 * Seals the request for an account with encryption on: the query string or JSON body becomes
 * ciphertext, answers are read as text so that the transport decides how to open them.
 */
function sealRequest(request: IHttpRequestOptions, key: string): void {
	if (request.method === 'GET') {
		const sealed = sealQuery(request.url, (request.qs ?? {}) as IDataObject, key);
		request.url = sealed.url;
		delete request.qs;
		request.headers = { ...request.headers, ...sealed.headers };
	} else {
		const sealed = sealBody((request.body ?? {}) as IDataObject, key);
		request.body = sealed.body;
		request.headers = { ...request.headers, ...sealed.headers };
	}
	if (request.encoding === undefined) request.encoding = 'text';
}

/**
 * Starts reading the run's credentials while the node is still checking a long input, so the first
 * requests find them read. A failed read is not reported here: the first request reads again and
 * reports it.
 */
export function readCredentialsAhead(context: ApiContext): void {
	credentialsOfThisRun(context).catch(() => undefined);
}

/** Logins are coordinated per credential: every item and execution using it shares one token. */
function credentialKey(context: ApiContext): string {
	const reference = context.getNode().credentials?.[CREDENTIAL_TYPE];
	return reference?.id ?? reference?.name ?? CREDENTIAL_TYPE;
}

async function readCredentials(context: ApiContext): Promise<ICredentialDataDecryptedObject> {
	const credentials = await context.getCredentials(CREDENTIAL_TYPE);
	rememberSecrets(credentials);
	return credentials;
}

/** The credentials of this node run, read once (`credentialsOfRun`); `fresh` reads them again. */
async function credentialsOfThisRun(context: ApiContext, options?: { fresh?: boolean }): Promise<ICredentialDataDecryptedObject> {
	return await credentialsOfRun(context, async () => await readCredentials(context), options);
}

/**
 * One exchange with exactly these credential values. n8n's own refresh on HTTP 401 is switched
 * off: it would log in once per refused request, the storm `ensureNewerToken` prevents.
 */
async function sendWith(context: ApiContext, request: IHttpRequestOptions, credentials: ICredentialDataDecryptedObject): Promise<RawResponse> {
	// An error status comes back as an answer, not as a thrown error: n8n 1.x would otherwise log in
	// again and resend every refused request itself (a login per request in flight, and a resent
	// upload body), before this client's one renewal per credential could run.
	const full = (await withCredentialsOf(context, credentials, async (options) =>
		await context.helpers.httpRequestWithAuthentication.call(
			context,
			CREDENTIAL_TYPE,
			{ ...request, headers: { ...request.headers }, ignoreHttpStatusErrors: true },
			options,
		),
	)) as IN8nHttpFullResponse;
	if (full.statusCode >= 400) throw new HttpStatusError(full);
	return { statusCode: full.statusCode, headers: full.headers as IDataObject, body: full.body } as RawResponse;
}

/** An error status, shaped as the failure reader expects of any HTTP client's error. */
class HttpStatusError extends Error {
	readonly response: { status: number; headers: IDataObject; body: unknown };

	constructor(full: IN8nHttpFullResponse) {
		super(`Request failed with status code ${full.statusCode}`);
		this.response = { status: full.statusCode, headers: full.headers as IDataObject, body: full.body };
	}
}

/**
 * Hands n8n these exact credential values (an empty token makes it log in and store the new one).
 * n8n writes the token of such a login into the values it was handed; they are remembered as soon
 * as the exchange is over, before any error or output is built from what AIRudder echoed.
 */
async function withCredentialsOf<T>(
	context: ApiContext,
	values: ICredentialDataDecryptedObject,
	exchange: (options: IAdditionalCredentialOptions) => Promise<T>,
): Promise<T> {
	const reference = context.getNode().credentials?.[CREDENTIAL_TYPE];
	try {
		return await exchange({
			credentialsDecrypted: { id: reference?.id ?? '', name: reference?.name ?? '', type: CREDENTIAL_TYPE, data: values },
			preAuthenticationRetryStatusCode: [],
		});
	} finally {
		rememberSecrets(values);
	}
}

/** Waits for (or performs) the one login of this expiry, then returns the credentials with the new token. */
async function renewToken(
	context: ApiContext,
	refused: ICredentialDataDecryptedObject,
	retry: RetrySettings,
	fail: (details: Partial<ApiErrorDetails>) => Error,
): Promise<ICredentialDataDecryptedObject> {
	try {
		await ensureNewerToken(credentialKey(context), String(refused.token ?? ''), {
			readStoredToken: async () => await readStoredToken(context),
			logIn: async () => await logIn(context, refused, retry),
		});
	} catch (error) {
		throw fail({ problem: `Logging in again failed: ${describeFailure(error).message}` });
	}
	return await credentialsOfThisRun(context, { fresh: true });
}

/** The token in the credential store now, read past the run's memo. */
async function readStoredToken(context: ApiContext): Promise<string> {
	return String((await readCredentials(context)).token ?? '');
}

/**
 * n8n logs in (the credential's preAuthentication) and stores the token when a request carries an
 * empty one. The login rides on the credential test's cheap read, so no write is ever repeated.
 */
async function logIn(context: ApiContext, refused: ICredentialDataDecryptedObject, retry: RetrySettings): Promise<void> {
	const carrier = conventions.loginCarrier;
	const request: IHttpRequestOptions = {
		method: carrier.method as IHttpRequestOptions['method'],
		baseURL: normalizeBaseUrl(refused.baseUrl),
		url: carrier.path,
		headers: userAgentHeaders(),
		json: true,
		timeout: retry.timeoutMs,
		ignoreHttpStatusErrors: true,
	};
	await withCredentialsOf(context, { ...refused, token: '' }, async (options) =>
		await context.helpers.httpRequestWithAuthentication.call(context, CREDENTIAL_TYPE, request, options),
	);
}

/** Where an endpoint's wire fields travel; page fields included. */
export type FieldPlacement = { query: IDataObject } | { body: IDataObject } | { form: IDataObject };

/**
 * The one place that decides where fields go, from the endpoint alone: GET sends them in the
 * query string, a multipart endpoint as form fields, every other POST as its JSON body.
 */
export function placeFields(endpoint: Endpoint, fields: IDataObject): FieldPlacement {
	if (endpoint.method === 'GET') return { query: fields };
	if (endpoint.multipart) return { form: fields };
	return { body: fields };
}

/** The fields of a placement, wherever they sit. */
export function placedFields(placement: FieldPlacement): IDataObject {
	if ('query' in placement) return placement.query;
	if ('form' in placement) return placement.form;
	return placement.body;
}

/** The media type of a response without parameters such as `; charset=utf-8`. */
export function mediaTypeOf(headers: IDataObject, fallback = 'application/octet-stream'): string {
	return String(headers['content-type'] ?? fallback).split(';')[0].trim();
}

/** Whether the answer is a JSON envelope rather than a file. */
export function isJsonResponse(headers: IDataObject): boolean {
	return mediaTypeOf(headers, '').includes('json');
}

const { envelope, tokenInvalid } = conventions;

export interface VendorError {
	code: unknown;
	message: string;
}

export function vendorMessage(body: unknown): string | undefined {
	if (typeof body !== 'object' || body === null) return undefined;
	const answer = body as IDataObject;
	const found = envelope.messageKeys.map((key) => answer[key]).find((v) => typeof v === 'string' && v !== '');
	return found as string | undefined;
}

/** Any `code` other than the success code is an error, even under HTTP 200 (the vendor's success envelope). */
export function envelopeError(body: unknown): VendorError | undefined {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		return { code: undefined, message: 'AIRudder answered with something that is not a JSON envelope' };
	}
	const code = (body as IDataObject)[envelope.code];
	if (code === envelope.successCode || code === String(envelope.successCode)) return undefined;
	return { code, message: vendorMessage(body) ?? 'no message' };
}

/** What the credential test says when a token it just got is refused; the account check stops with the same words. */
export const TOKEN_REFUSED_MESSAGE = 'AIRudder refused the token it just issued';

export function isTokenInvalidBody(body: unknown): boolean {
	return Number((body as IDataObject | undefined)?.[envelope.code]) === tokenInvalid.bodyCode;
}

export function envelopeData(body: IDataObject): unknown {
	return body[envelope.data];
}

/** Every request this package makes names it (`n8n-nodes-airudder/<version>`), the login and the credential test included. */
export function userAgentHeaders(): Record<string, string> {
	return { [conventions.userAgent.header]: `${conventions.userAgent.value}/${PACKAGE_VERSION}` };
}

/** The credential's Base URL without trailing slashes; empty means AIRudder's public API. */
export function normalizeBaseUrl(baseUrl: unknown): string {
	const text = String(baseUrl ?? '').trim();
	return (text === '' ? conventions.baseUrl.value : text).replace(/\/+$/, '');
}

/** The package version, sent in the User-Agent. A unit test keeps it equal to package.json. */
export const PACKAGE_VERSION = '0.2.0';
