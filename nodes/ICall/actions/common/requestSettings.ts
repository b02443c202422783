import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { RetrySettings } from '../../transport/retryPolicy';
import { DEFAULT_TIMEOUT_MS, defaultRetrySettings } from '../../transport/retryPolicy';

export interface RequestSettings {
	concurrency: number;
	retry: RetrySettings;
}

/** Node-wide settings shown under every operation. */
export const requestSettingsProperty: INodeProperties = {
	displayName: 'Request Options',
	name: 'requestOptions',
	type: 'collection',
	placeholder: 'Add option',
	default: {},
	options: [
		{
			displayName: 'Parallel Requests',
			name: 'concurrency',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 50 },
			default: 5,
			description: 'How many input items are sent to AIRudder at the same time. Output order always follows input order.',
		},
		{
			displayName: 'Max Retries',
			name: 'maxRetries',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 10 },
			default: 5,
			description:
				'How often a failed request is repeated: reads on network errors, 429 and 5xx; writes only when they cannot have reached AIRudder or were refused with 429',
		},
		{
			displayName: 'Retry Base Delay (Ms)',
			name: 'retryBaseDelayMs',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 500,
			description: 'First wait before a retry; it doubles each time, with jitter, and a Retry-After header wins',
		},
		{
			displayName: 'Timeout (Seconds)',
			name: 'timeoutSeconds',
			type: 'number',
			typeOptions: { minValue: 0.1 },
			// DEFAULT_TIMEOUT_MS in seconds; the lint wants a literal here.
			default: 30,
			description:
				'How long one attempt waits for AIRudder to answer before it counts as failed (then retried like a network error: reads yes, writes no)',
		},
	],
};

export function readRequestSettings(context: IExecuteFunctions): RequestSettings {
	const options = context.getNodeParameter('requestOptions', 0, {}) as {
		concurrency?: number;
		maxRetries?: number;
		retryBaseDelayMs?: number;
		timeoutSeconds?: number;
	};
	const timeoutSeconds = Number(options.timeoutSeconds);
	return {
		concurrency: Math.max(1, Math.floor(options.concurrency ?? 5)),
		retry: {
			...defaultRetrySettings,
			maxRetries: options.maxRetries ?? defaultRetrySettings.maxRetries,
			baseDelayMs: options.retryBaseDelayMs ?? defaultRetrySettings.baseDelayMs,
			timeoutMs: timeoutSeconds > 0 ? Math.round(timeoutSeconds * 1000) : DEFAULT_TIMEOUT_MS,
		},
	};
}
