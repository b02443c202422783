import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { RetrySettings } from '../../transport/retryPolicy';
import { numberFrom } from '../../helpers/numberText';
import { inputError } from './inputError';
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

type NumberRule = { label: string; whole: boolean; least: number; inclusive: boolean };

/** A number option, given as a number or (from an expression) as decimal text; anything else is refused. */
function numberOption(context: IExecuteFunctions, raw: unknown, fallback: number, rule: NumberRule): number {
	if (raw === undefined || raw === null || raw === '') return fallback;
	const value = numberFrom(raw, 'paddedDecimal');
	const inRange = rule.inclusive ? value >= rule.least : value > rule.least;
	if (!Number.isFinite(value) || !inRange || (rule.whole && !Number.isInteger(value))) {
		const kind = rule.whole ? 'a whole number' : 'a number';
		throw inputError(context, 0, rule.label, `must be ${kind} ${rule.inclusive ? 'of at least' : 'above'} ${rule.least}, got ${JSON.stringify(raw)}`);
	}
	return value;
}

/** Node-wide settings, read once from the first item; a value that is not a number stops the node before any request. */
export function readRequestSettings(context: IExecuteFunctions): RequestSettings {
	const options = context.getNodeParameter('requestOptions', 0, {}) as Record<string, unknown>;
	const timeoutSeconds = numberOption(context, options.timeoutSeconds, DEFAULT_TIMEOUT_MS / 1000, { label: 'Timeout (Seconds)', whole: false, least: 0, inclusive: false });
	return {
		concurrency: numberOption(context, options.concurrency, 5, { label: 'Parallel Requests', whole: true, least: 1, inclusive: true }),
		retry: {
			...defaultRetrySettings,
			maxRetries: numberOption(context, options.maxRetries, defaultRetrySettings.maxRetries, { label: 'Max Retries', whole: true, least: 0, inclusive: true }),
			baseDelayMs: numberOption(context, options.retryBaseDelayMs, defaultRetrySettings.baseDelayMs, { label: 'Retry Base Delay (Ms)', whole: false, least: 0, inclusive: false }),
			timeoutMs: Math.round(timeoutSeconds * 1000),
		},
	};
}
