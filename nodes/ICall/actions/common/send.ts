import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { Endpoint } from '../../contract';
import { envelopeData } from '../../transport/envelope';
import type { RawResponse } from '../../transport/request';
import { callEndpoint } from '../../transport/request';
import { readEscapeHatch } from './escapeHatch';
import { readRequestSettings } from './requestSettings';

/**
 * Maps logical values to the endpoint's wire names (from the contract), skipping unset values
 * (modeling rule 3), adding the endpoint's constants.
 */
export function toWire(endpoint: Endpoint, values: Record<string, unknown>): IDataObject {
	const wire: IDataObject = { ...endpoint.constants };
	for (const [key, value] of Object.entries(values)) {
		if (value === undefined || value === null || value === '') continue;
		const field = endpoint.fields[key];
		if (!field) throw new Error(`Contract field "${key}" is not defined for ${endpoint.resource}.${endpoint.operation}`);
		wire[field.wire] = value as IDataObject[string];
	}
	return wire;
}

function isEmpty(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** A contract key in the node's words: callId → "Call ID", taskName → "Task Name". */
function inUserWords(key: string): string {
	return key
		.replace(/([a-z])([A-Z])/g, '$1 $2')
		.replace(/^./, (first) => first.toUpperCase())
		.replace(/\bId\b/g, 'ID');
}

/** Required contract fields that are still empty (or only spaces) after the escape hatch was merged. */
export function missingRequired(endpoint: Endpoint, wire: IDataObject): string[] {
	return Object.entries(endpoint.fields)
		.filter(([, field]) => field.required && isEmpty(wire[field.wire]))
		.map(([key, field]) => `"${inUserWords(key)}" (${field.wire})`);
}

/** Builds the request of one item (wire values, then the user's escape hatch) and sends it. */
export async function sendForItem(
	this: IExecuteFunctions,
	endpoint: Endpoint,
	values: Record<string, unknown>,
	itemIndex: number,
	asStream = false,
): Promise<RawResponse> {
	const merged = { ...toWire(endpoint, values), ...readEscapeHatch(this, endpoint, itemIndex) };
	const missing = missingRequired(endpoint, merged);
	if (missing.length > 0) {
		throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: required field(s) empty: ${missing.join(', ')}`, { itemIndex });
	}
	const { retry } = readRequestSettings(this);
	const request = endpoint.method === 'GET' ? { query: merged } : { body: merged };
	return await callEndpoint.call(this, endpoint, { ...request, itemIndex, retry, asStream });
}

/** Single-result operations output `data` whole; a non-object `data` is kept under `data`. */
export function dataAsItem(body: unknown): IDataObject {
	const data = envelopeData(body as IDataObject);
	// An answer that is only the envelope (code + status) is itself the result.
	if (data === undefined) return body as IDataObject;
	if (typeof data === 'object' && data !== null && !Array.isArray(data)) return data as IDataObject;
	return { data: data as IDataObject[string] };
}
