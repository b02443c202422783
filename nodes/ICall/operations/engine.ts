import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { RawResponse } from '../api/client';
import { callEndpoint, envelopeData, placeFields } from '../api/client';
import type { Endpoint } from '../api/contract/types';
import { fetchRows } from '../api/paging';
import type { Execute, FieldValues, KnownFields, ResourceRegistry } from './define';
import { escapeHatchFieldLabel, fieldLabel, readEscapeHatch } from './define';
import { inputError, isBlank, itemError, keyInWords, numberFrom, readLimit } from './fields';
import { isPreview, previewRequest } from './preview';
import { readRequestSettings, requestSettingsProperty } from './sharedFields';

export type ItemResult = IDataObject | INodeExecutionData;

function isExecutionData(value: ItemResult): value is INodeExecutionData {
	return typeof (value as INodeExecutionData).json === 'object' && (value as INodeExecutionData).json !== null;
}

/** Wraps anything thrown for an item in an n8n error that names the item. */
export function asNodeError(context: IExecuteFunctions, error: unknown, itemIndex: number): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeOperationError(context.getNode(), error as Error, { itemIndex });
}

/** The one-item answer to a failed input item under "Continue On Fail". */
export function errorItem(error: NodeApiError | NodeOperationError, itemIndex: number | number[]): INodeExecutionData {
	const json: IDataObject = { error: error.message };
	if (error.description) json.description = error.description;
	if (error instanceof NodeApiError && error.httpCode) json.httpCode = error.httpCode;
	const pairedItem = Array.isArray(itemIndex) ? itemIndex.map((item) => ({ item })) : { item: itemIndex };
	return { json, pairedItem };
}

/** The error item of one contact's input item, carrying that item's own fields so it can be sent again. */
export function errorItemWithInput(items: INodeExecutionData[], source: number, error: NodeApiError | NodeOperationError): INodeExecutionData {
	const failed = errorItem(error, source);
	return { ...failed, json: { ...items[source]?.json, ...failed.json } };
}

/** Other workers may have failed meanwhile; the lowest failing item is the one reported. */
function isEarlierFailure(first: { index: number } | undefined, itemIndex: number): boolean {
	return first !== undefined && first.index < itemIndex;
}

/**
 * Runs `work` for every input item with at most `concurrency` in flight. Output keeps input
 * order, every output item is paired with its input item, and failures follow "Continue On Fail".
 *
 * `prepare` (reading and checking an item's parameters) runs for every item before the first
 * `work` starts: without Continue On Fail a bad item 7 stops the node before item 0 is sent; with
 * it, the bad items become error items and the others are sent.
 */
export async function runPerItem<P>(
	context: IExecuteFunctions,
	items: INodeExecutionData[],
	concurrency: number,
	work: (itemIndex: number, prepared: P) => Promise<ItemResult[]>,
	prepare?: (itemIndex: number) => P | Promise<P>,
): Promise<INodeExecutionData[]> {
	const results: INodeExecutionData[][] = new Array(items.length);
	const continueOnFail = context.continueOnFail();
	const preparedOf: P[] = new Array(items.length);
	const toRun: number[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			preparedOf[itemIndex] = prepare ? await prepare(itemIndex) : (undefined as P);
			toRun.push(itemIndex);
		} catch (error) {
			const nodeError = asNodeError(context, error, itemIndex);
			if (!continueOnFail) throw nodeError;
			results[itemIndex] = [errorItem(nodeError, itemIndex)];
		}
	}
	let next = 0;
	const failed: { first?: { index: number; error: NodeApiError | NodeOperationError } } = {};

	const worker = async () => {
		while (next < toRun.length && failed.first === undefined) {
			const itemIndex = toRun[next++];
			try {
				const produced = await work(itemIndex, preparedOf[itemIndex]);
				results[itemIndex] = produced.map((entry) =>
					isExecutionData(entry)
						? { ...entry, pairedItem: entry.pairedItem ?? { item: itemIndex } }
						: { json: entry, pairedItem: { item: itemIndex } },
				);
			} catch (error) {
				const nodeError = asNodeError(context, error, itemIndex);
				if (continueOnFail) {
					results[itemIndex] = [errorItem(nodeError, itemIndex)];
				} else if (!isEarlierFailure(failed.first, itemIndex)) {
					failed.first = { index: itemIndex, error: nodeError };
				}
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, toRun.length) }, worker));
	if (failed.first) throw failed.first.error;
	return results.flat();
}

/** One request per input item, one output item per answer (or, in a preview, per request not sent). */
export async function singlePerItem<E extends Endpoint, V extends FieldValues<E>>(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	endpoint: E,
	readValues: (itemIndex: number) => KnownFields<E, V>,
): Promise<INodeExecutionData[]> {
	const preview = isPreview(this);
	return await runPerItem(
		this,
		items,
		readRequestSettings(this).concurrency,
		async (itemIndex, fields) => [preview ? previewRequest(endpoint, fields) : dataAsItem((await sendFields.call(this, endpoint, fields, itemIndex)).body)],
		(itemIndex: number) => requestFields(this, endpoint, readValues(itemIndex), itemIndex),
	);
}

/** An operation that sends one request per item, with the fields `read` gives, and outputs each answer. */
export function oneResultEach<E extends Endpoint, V>(read: (context: IExecuteFunctions, itemIndex: number) => KnownFields<E, V>): Execute<E> {
	return async function (items, endpoint) {
		// `read`'s keys were checked against E where the operation was declared.
		return await singlePerItem.call(this, items, endpoint, (itemIndex) => read(this, itemIndex) as never);
	};
}

/** An operation that reads rows (every page, or up to the limit) per item and outputs one item per row. */
export function rowsEach<E extends Endpoint, V>(read?: (context: IExecuteFunctions, itemIndex: number) => KnownFields<E, V>): Execute<E> {
	return async function (items, endpoint) {
		return await getManyPerItem.call(this, items, endpoint, read && ((itemIndex) => read(this, itemIndex) as never));
	};
}

/**
 * The shared body of every "get many": rows (or raw pages) for each input item, honouring
 * Return All / Limit, the escape hatch, and the node's request settings.
 */
export async function getManyPerItem<E extends Endpoint, V extends FieldValues<E>>(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	endpoint: E,
	readValues?: (itemIndex: number) => KnownFields<E, V>,
): Promise<INodeExecutionData[]> {
	const { concurrency, retry } = readRequestSettings(this);
	return await runPerItem(
		this,
		items,
		concurrency,
		async (itemIndex, { fields, limit, raw }) => {
			const { rows, pages } = await fetchRows.call(this, endpoint, { fields, itemIndex, retry, limit });
			return raw ? pages : rows;
		},
		(itemIndex: number) => ({
			fields: checkedPagingFields(this, endpoint, requestFields(this, endpoint, readValues?.(itemIndex) ?? {}, itemIndex), itemIndex),
			limit: readLimit(this, itemIndex),
			raw: this.getNodeParameter('includeRawResponse', itemIndex, false) as boolean,
		}),
	);
}

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
		throw itemError(context, itemIndex, `required field(s) missing: ${missing.join(', ')}`);
	}
	const unmatched = missingOneOf(endpoint, wire);
	if (unmatched.length > 0) {
		throw itemError(context, itemIndex, `set ${unmatched.map((group) => `one of ${group}`).join(', and ')}`);
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

/** Runs the operation the user picked, looked up in the node's own registry. */
export async function routeTo(this: IExecuteFunctions, registry: ResourceRegistry): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const operationModule = registry[resource]?.module.operations[operation];
	if (!operationModule) {
		throw new NodeOperationError(this.getNode(), `The operation "${operation}" of resource "${resource}" is not supported`);
	}
	try {
		return [await operationModule.execute.call(this, items)];
	} catch (error) {
		// Operations turn each item's failure into its error item; this catches what fails for the node as a
		// whole (e.g. a Request Option that is not a number). n8n would pass the input on unchanged, as if sent.
		const nodeError = asNodeError(this, error, 0);
		if (!this.continueOnFail()) throw nodeError;
		return [items.map((_, itemIndex) => errorItem(nodeError, itemIndex))];
	}
}


/** Every property of a node: resource selector, each resource's operations, request options. */
export function propertiesOf(registry: ResourceRegistry, defaultResource: string): INodeProperties[] {
	return [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: Object.entries(registry).map(([value, { name }]) => ({ name, value })),
			default: defaultResource,
		},
		...Object.values(registry).flatMap(({ module }) => module.description),
		requestSettingsProperty,
	];
}

/**
 * A page or page size the user sets through the escape hatch must be a whole number of at least 1,
 * written as a number or as digits: a page size of 0 would fetch nothing and end the paging at once,
 * and text like "1e1" would reach AIRudder as it is. So they are refused before any request; a null
 * counts as not set. Returns the fields to send.
 */
export function checkedPagingFields(context: IExecuteFunctions, endpoint: Endpoint, fields: IDataObject, itemIndex: number): IDataObject {
	const paging = endpoint.pagination;
	if (!paging) return fields;
	const checked = { ...fields };
	for (const key of [paging.page, paging.size]) {
		const raw = checked[key];
		if (raw === undefined || raw === null) {
			delete checked[key];
			continue;
		}
		const value = numberFrom(raw, 'digits');
		if (!Number.isInteger(value) || value < 1) {
			throw inputError(context, itemIndex, escapeHatchFieldLabel(endpoint, key), `must be a whole number of at least 1, got ${JSON.stringify(raw)}`);
		}
	}
	return checked;
}
