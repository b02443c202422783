import type { IBinaryData, IDataObject, IExecuteFunctions, IHttpRequestOptions, IN8nHttpFullResponse } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import { CREDENTIAL_TYPE, mediaTypeOf, normalizeBaseUrl } from './client';
import type { RetrySettings } from './errors';
import { defaultRetrySettings, withRetries } from './errors';

/** One file part: its bytes come from `open()`, which may be called again for a retry. */

type BinarySource = Parameters<IExecuteFunctions['helpers']['prepareBinaryData']>[0];

export interface DownloadedFile {
	binary: IBinaryData;
	mimeType: string;
}

/** Recording links on the API host need the token; links elsewhere are taken to be pre-signed. */
async function isApiHost(this: IExecuteFunctions, url: string): Promise<boolean> {
	const { baseUrl } = await this.getCredentials(CREDENTIAL_TYPE);
	try {
		return new URL(url).origin === new URL(normalizeBaseUrl(baseUrl)).origin;
	} catch {
		return false;
	}
}

async function fetchAuthenticated(this: IExecuteFunctions, request: IHttpRequestOptions): Promise<IN8nHttpFullResponse> {
	return (await this.helpers.httpRequestWithAuthentication.call(this, CREDENTIAL_TYPE, request)) as IN8nHttpFullResponse;
}

async function fetchPresigned(this: IExecuteFunctions, request: IHttpRequestOptions): Promise<IN8nHttpFullResponse> {
	return (await this.helpers.httpRequest(request)) as IN8nHttpFullResponse;
}

/** Streams a file from a URL into n8n binary data: never buffered twice by this code. */
export async function downloadUrl(
	this: IExecuteFunctions,
	url: string,
	fileName: string,
	retry: RetrySettings = defaultRetrySettings,
): Promise<DownloadedFile> {
	const authenticated = await isApiHost.call(this, url);
	const request: IHttpRequestOptions = {
		method: 'GET',
		url,
		encoding: 'stream',
		returnFullResponse: true,
		json: false,
		timeout: retry.timeoutMs,
	};
	const outcome = await withRetries(true, retry, async () =>
		authenticated ? await fetchAuthenticated.call(this, request) : await fetchPresigned.call(this, request),
	);
	if (!outcome.ok) {
		const { failure, attempts } = outcome;
		const status = failure.status !== undefined ? `HTTP ${failure.status}` : (failure.networkCode ?? failure.message);
		throw new NodeApiError(
			this.getNode(),
			{ message: `Download of ${url} failed (${status})` },
			{ message: `Download of ${url} failed (${status}) after ${attempts} attempt(s)`, httpCode: failure.status ? String(failure.status) : undefined },
		);
	}
	const response = outcome.value;
	return fileFromResponse.call(this, response.body as NodeJS.ReadableStream, response.headers as IDataObject, fileName);
}

export async function fileFromResponse(
	this: IExecuteFunctions,
	stream: NodeJS.ReadableStream,
	headers: IDataObject,
	fileName: string,
): Promise<DownloadedFile> {
	const mimeType = mediaTypeOf(headers);
	const binary = await this.helpers.prepareBinaryData(stream as BinarySource, fileName, mimeType);
	return { binary, mimeType };
}
