import type {
	IAdditionalCredentialOptions,
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';

import { normalizeBaseUrl } from '../helpers/baseUrl';
import type { Endpoint } from '../contract';
import { conventions } from '../contract';
import type { Checked } from '../helpers/sealing';
import { isSealedAnswer, openAnswer, readEncryptionKey, sealBody, sealQuery } from '../helpers/sealing';
import { PACKAGE_VERSION } from '../version';
import type { ApiErrorDetails } from './apiError';
import { buildApiError } from './apiError';
import { isJsonResponse } from './contentType';
import type { FilePart } from './multipart';
import { streamedForm } from './multipart';
import { envelopeError, isTokenInvalidBody } from './envelope';
import { throughLoginGate } from './loginGate';
import { readBody, withRetries } from './retry';
import type { RetrySettings } from './retryPolicy';
import { defaultRetrySettings } from './retryPolicy';

export const CREDENTIAL_TYPE = 'iCallApi';

export type ApiContext = IExecuteFunctions | ILoadOptionsFunctions;

export interface CallOptions {
	query?: IDataObject;
	body?: IDataObject;
	/** Form fields of a multipart endpoint (transport/placement.ts decides; see multipart upload). */
	form?: IDataObject;
	itemIndex?: number;
	retry?: RetrySettings;
	/** Ask for the raw response as a stream: the endpoint may answer with a file instead of JSON. */
	asStream?: boolean;
	/** A multipart/form-data request (text fields, then the file streamed), instead of JSON. */
	multipart?: { fields: Record<string, string>; file: FilePart };
}

export interface RawResponse {
	statusCode: number;
	headers: IDataObject;
	/** The envelope, or (for `asStream` when the endpoint sent a file) the file as a stream. */
	body: unknown;
	/** `body` is a file stream, not an envelope. */
	isFile?: boolean;
}

const USER_AGENT = `${conventions.userAgent.value}/${PACKAGE_VERSION}`;

/**
 * The one way the node talks to iCall: token handling, retries and the envelope check.
 * Returns the whole envelope (for JSON) or the raw response (for `asStream`).
 */
export async function callEndpoint(this: ApiContext, endpoint: Endpoint, options: CallOptions = {}): Promise<RawResponse> {
	return await throughLoginGate(
		this,
		async () => await this.getCredentials(CREDENTIAL_TYPE),
		async (credentials) => await callWithCredentials.call(this, credentials, endpoint, options),
	);
}

async function callWithCredentials(
	this: ApiContext,
	credentials: ICredentialDataDecryptedObject,
	endpoint: Endpoint,
	options: CallOptions,
): Promise<RawResponse> {
	const secrets = [credentials.appSecret as string, credentials.token as string, credentials.encryptionSecretKey as string];
	const retry = options.retry ?? defaultRetrySettings;
	const fail = (details: Partial<ApiErrorDetails>) =>
		buildApiError(this.getNode(), { endpoint, itemIndex: options.itemIndex, secrets, ...details });
	const keyRead = readEncryptionKey(credentials);
	if (!keyRead.ok) throw fail({ problem: keyRead.problem });
	const encryptionKey = keyRead.value;
	const request: IHttpRequestOptions = {
		method: endpoint.method,
		baseURL: normalizeBaseUrl(credentials.baseUrl),
		url: endpoint.path,
		headers: { [conventions.userAgent.header]: USER_AGENT },
		returnFullResponse: true,
		json: !options.asStream,
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

	// HTTP 200 with body code 401: n8n refreshes only on HTTP 401, so force one fresh login here.
	for (const forceLogin of [false, true]) {
		const outcome = await withRetries(endpoint.method, retry, async () => {
			const additional = forceLogin ? blankTokenCredentials(this, credentials) : undefined;
			const full = (await this.helpers.httpRequestWithAuthentication.call(
				this,
				CREDENTIAL_TYPE,
				{ ...request, headers: { ...request.headers }, ...bodyOfAttempt() },
				additional,
			)) as IN8nHttpFullResponse;
			return { statusCode: full.statusCode, headers: full.headers as IDataObject, body: full.body } as RawResponse;
		});
		if (!outcome.ok) {
			const { failure, attempts } = outcome;
			// An error answer that cannot be opened still says what it can: its raw text.
			const opened = failure.body === undefined ? undefined : open(failure.headers, failure.body);
			const failureBody = opened?.ok ? opened.value : failure.body;
			const vendor = failureBody !== undefined ? envelopeError(failureBody) : undefined;
			throw fail({
				httpStatus: failure.status,
				vendorCode: vendor?.code,
				vendorMessage: vendor?.message,
				problem: failure.networkCode ? `Cannot reach AIRudder (${failure.networkCode}): ${failure.message}` : failure.message,
				attempts,
			});
		}
		const response = outcome.value;
		const sealed = encryptionKey !== undefined && isSealedAnswer(response.headers);
		if (options.asStream && !sealed && !isJsonResponse(response.headers)) return { ...response, isFile: true };
		const received = options.asStream ? await readBody(response.body as NodeJS.ReadableStream) : response.body;
		const opened = open(response.headers, received);
		if (!opened.ok) throw fail({ httpStatus: response.statusCode, problem: opened.problem });
		const body = opened.value;
		if (isTokenInvalidBody(body) && !forceLogin) continue;
		const vendor = envelopeError(body);
		if (vendor) {
			throw fail({ httpStatus: response.statusCode, vendorCode: vendor.code, vendorMessage: vendor.message });
		}
		return { ...response, body };
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

/** Credentials with an empty token make n8n log in again and store the new token. */
function blankTokenCredentials(
	context: ApiContext,
	credentials: ICredentialDataDecryptedObject,
): IAdditionalCredentialOptions {
	const reference = context.getNode().credentials?.[CREDENTIAL_TYPE];
	return {
		credentialsDecrypted: {
			id: reference?.id ?? '',
			name: reference?.name ?? '',
			type: CREDENTIAL_TYPE,
			data: { ...credentials, token: '' },
		},
	};
}
