import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { Endpoint } from '../../contract';
import { isBlank, keyInWords } from '../../helpers/text';
import { envelopeData } from '../../transport/envelope';
import type { RawResponse } from '../../transport/request';
import { placeFields } from '../../transport/placement';
import { callEndpoint } from '../../transport/request';
import { readEscapeHatch } from './escapeHatch';
import type { FieldValues, KnownFields } from './operationModule';
import { fieldLabel } from './operationModule';
import { readRequestSettings } from './requestSettings';

/**
 * Maps logical values to the endpoint's wire names (from the contract), skipping unset values
 * (modeling rule 3), adding the endpoint's constants.
 */
export function toWire<E extends Endpoint>(endpoint: E, values: FieldValues<E>): IDataObject {
	const wire: IDataObject = { ...endpoint.constants };
	for (const [key, value] of Object.entries(values as Record<string, unknown>)) {
		if (value === undefined || value === null || value === '') continue;
		const field = endpoint.fields[key];
		if (!field) throw new Error(`Contract field "${key}" is not defined for ${endpoint.resource}.${endpoint.operation}`);
		wire[field.wire] = value as IDataObject[string];
	}
	return wire;
}

/** A field as the node shows it; without a registered label, the contract key in words (callId → "Call ID"). */
function labelOf(endpoint: Endpoint, key: string): string {
	const wire = endpoint.fields[key]?.wire ?? key;
	const label = fieldLabel(endpoint, key);
	if (label !== wire) return label;
	return `"${keyInWords(key)}" (${wire})`;
}

/** Required contract fields that are still empty (or only spaces) after the escape hatch was merged. */
export function missingRequired(endpoint: Endpoint, wire: IDataObject): string[] {
	return Object.entries(endpoint.fields)
		.filter(([, field]) => field.required && isBlank(wire[field.wire]))
		.map(([key]) => labelOf(endpoint, key));
}

/** Groups of "one of these" fields (e.g. callee or case_id) of which none is set after the merge. */
export function missingOneOf(endpoint: Endpoint, wire: IDataObject): string[] {
	return (endpoint.oneOf ?? [])
		.filter((group) => group.every((key) => isBlank(wire[endpoint.fields[key]?.wire ?? key])))
		.map((group) => group.map((key) => fieldLabel(endpoint, key)).join(' or '));
}

/** Refuses, before sending, a request that lacks a required field or one of a required pair. */
export function checkComplete(context: IExecuteFunctions, endpoint: Endpoint, wire: IDataObject, itemIndex: number): void {
	const missing = missingRequired(endpoint, wire);
	if (missing.length > 0) {
		throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: required field(s) missing: ${missing.join(', ')}`, { itemIndex });
	}
	const unmatched = missingOneOf(endpoint, wire);
	if (unmatched.length > 0) {
		throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: set ${unmatched.map((group) => `one of ${group}`).join(', and ')}`, {
			itemIndex,
		});
	}
}

/**
 * The wire fields of one item's request: its values, then the user's escape hatch, checked for
 * completeness. Building them throws every input problem before anything is sent.
 * `escapeHatch`: the item's escape hatch is read (true), already read (its fields, for the many
 * requests of one batch), or left out (false: the adds that follow a create, which the user did
 * not configure).
 */
export function requestFields<E extends Endpoint, V extends FieldValues<E>>(
	context: IExecuteFunctions,
	endpoint: E,
	values: KnownFields<E, V>,
	itemIndex: number,
	{ escapeHatch = true }: { escapeHatch?: boolean | IDataObject } = {},
): IDataObject {
	const extra = escapeHatch === true ? readEscapeHatch(context, endpoint, itemIndex) : escapeHatch === false ? {} : escapeHatch;
	const merged = { ...toWire(endpoint, values), ...extra };
	checkComplete(context, endpoint, merged, itemIndex);
	return merged;
}

/** Sends wire fields built by requestFields. */
export async function sendFields(this: IExecuteFunctions, endpoint: Endpoint, fields: IDataObject, itemIndex: number, asStream = false): Promise<RawResponse> {
	const { retry } = readRequestSettings(this);
	return await callEndpoint.call(this, endpoint, { ...placeFields(endpoint, fields), itemIndex, retry, asStream });
}

/** Builds the request of one item (wire values, then the user's escape hatch) and sends it. */
export async function sendForItem<E extends Endpoint, V extends FieldValues<E>>(
	this: IExecuteFunctions,
	endpoint: E,
	values: KnownFields<E, V>,
	itemIndex: number,
	asStream = false,
): Promise<RawResponse> {
	return await sendFields.call(this, endpoint, requestFields(this, endpoint, values, itemIndex), itemIndex, asStream);
}

/** Single-result operations output `data` whole; a non-object `data` is kept under `data`. */
export function dataAsItem(body: unknown): IDataObject {
	const data = envelopeData(body as IDataObject);
	// An answer that is only the envelope (code + status) is itself the result.
	if (data === undefined) return body as IDataObject;
	if (typeof data === 'object' && data !== null && !Array.isArray(data)) return data as IDataObject;
	return { data: data as IDataObject[string] };
}
