import type { IDataObject, IExecuteFunctions, IHttpRequestOptions, IN8nHttpFullResponse } from 'n8n-workflow';

import { normalizeBaseUrl } from '../../../credentials/ICallApi.credentials';
import type { Endpoint } from '../contract';
import { conventions } from '../contract';
import { PACKAGE_VERSION } from '../version';
import type { ApiErrorDetails } from './apiError';
import { buildApiError } from './apiError';
import { envelopeError, isTokenInvalidBody } from './envelope';
import { throughLoginGate } from './loginGate';
import type { FilePart } from './multipart';
import { streamedForm } from './multipart';
import type { RawResponse } from './request';
import { blankTokenCredentials, CREDENTIAL_TYPE } from './request';
import { withRetries } from './retry';
import type { RetrySettings } from './retryPolicy';
import { defaultRetrySettings } from './retryPolicy';

export interface UploadOptions {
	/** Plain form fields sent before the file. */
	fields?: Record<string, string>;
	file: FilePart;
	itemIndex?: number;
	retry?: RetrySettings;
}

const USER_AGENT = `${conventions.userAgent.value}/${PACKAGE_VERSION}`;

/**
 * Sends a multipart endpoint: the file is streamed from n8n's binary storage, with the same token
 * handling, retries and envelope check as every JSON request. A retry re-opens the file.
 */
export async function uploadToEndpoint(this: IExecuteFunctions, endpoint: Endpoint, options: UploadOptions): Promise<RawResponse> {
	return await throughLoginGate(
		this,
		async () => await this.getCredentials(CREDENTIAL_TYPE),
		async (credentials) => {
			const secrets = [credentials.appSecret as string, credentials.token as string];
			const fail = (details: Partial<ApiErrorDetails>) =>
				buildApiError(this.getNode(), { endpoint, itemIndex: options.itemIndex, secrets, ...details });
			for (const forceLogin of [false, true]) {
				const outcome = await withRetries(endpoint.method, options.retry ?? defaultRetrySettings, async () => {
					const request: IHttpRequestOptions = {
						method: endpoint.method,
						baseURL: normalizeBaseUrl(credentials.baseUrl),
						url: endpoint.path,
						headers: { [conventions.userAgent.header]: USER_AGENT },
						body: streamedForm(options.fields ?? {}, options.file) as unknown as IDataObject,
						returnFullResponse: true,
						json: true,
					};
					const additional = forceLogin ? blankTokenCredentials(this, credentials) : undefined;
					const full = (await this.helpers.httpRequestWithAuthentication.call(this, CREDENTIAL_TYPE, request, additional)) as IN8nHttpFullResponse;
					return { statusCode: full.statusCode, headers: full.headers as IDataObject, body: full.body } as RawResponse;
				});
				if (!outcome.ok) {
					const { failure, attempts } = outcome;
					const vendor = failure.body !== undefined ? envelopeError(failure.body) : undefined;
					throw fail({
						httpStatus: failure.status,
						vendorCode: vendor?.code,
						vendorMessage: vendor?.message,
						problem: failure.networkCode ? `Cannot reach AIRudder (${failure.networkCode}): ${failure.message}` : failure.message,
						attempts,
					});
				}
				const { body } = outcome.value;
				if (isTokenInvalidBody(body) && !forceLogin) continue;
				const vendor = envelopeError(body);
				if (vendor) throw fail({ httpStatus: outcome.value.statusCode, vendorCode: vendor.code, vendorMessage: vendor.message });
				return outcome.value;
			}
			throw fail({ problem: 'AIRudder refused a freshly issued token' });
		},
	);
}
