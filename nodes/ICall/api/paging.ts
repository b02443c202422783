import type { IDataObject } from 'n8n-workflow';
import type { ApiContext, CallOptions } from './client';
import { callEndpoint, envelopeData, placeFields } from './client';
import { conventions } from './contract/conventions';
import type { Endpoint } from './contract/types';

export interface PageOptions extends Omit<CallOptions, 'asStream' | 'query' | 'body'> {
	/** Wire fields of the request; they go where the endpoint takes them (page fields alike). */
	fields?: IDataObject;
	/** Undefined means all rows. */
	limit?: number;
	pageSize?: number;
}

export interface RowsResult {
	rows: IDataObject[];
	/** Every envelope received, for "Include Raw Response". */
	pages: IDataObject[];
}

export const DEFAULT_PAGE_SIZE = 100;

/**
 * Reads rows page by page (modeling rule 2): stops on a short or empty page, when a total is
 * reached, or when the limit is met. Endpoints without paging answer in one request.
 */
export async function fetchRows(this: ApiContext, endpoint: Endpoint, options: PageOptions = {}): Promise<RowsResult> {
	const { limit, pageSize = DEFAULT_PAGE_SIZE, fields = {}, ...call } = options;
	const rows: IDataObject[] = [];
	const pages: IDataObject[] = [];
	const paging = endpoint.pagination;
	if (!paging) {
		const { body } = await callEndpoint.call(this, endpoint, { ...call, ...placeFields(endpoint, fields) });
		pages.push(body as IDataObject);
		rows.push(...rowsOf(envelopeData(body as IDataObject)));
		return { rows: limit === undefined ? rows : rows.slice(0, limit), pages };
	}
	// The escape hatch is merged last: a page the user asks for is fetched alone, a page size is kept.
	const userPage = fields[paging.page];
	const userSize = Number(fields[paging.size]);
	const requested = Number.isInteger(userSize) && userSize > 0 ? userSize : pageSize;
	const size = limit === undefined ? requested : Math.min(requested, limit);
	for (let page = 1; ; page++) {
		const placed = placeFields(endpoint, { ...fields, [paging.page]: userPage ?? page, [paging.size]: fields[paging.size] ?? size });
		const { body } = await callEndpoint.call(this, endpoint, { ...call, ...placed });
		const envelope = body as IDataObject;
		pages.push(envelope);
		const pageRows = rowsOf(envelopeData(envelope));
		rows.push(...pageRows);
		const total = totalOf(envelope);
		const done =
			userPage !== undefined ||
			pageRows.length < size ||
			(total !== undefined && rows.length >= total) ||
			(limit !== undefined && rows.length >= limit);
		if (done) break;
	}
	return { rows: limit === undefined ? rows : rows.slice(0, limit), pages };
}

function asRow(value: unknown): IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as IDataObject) : { value: value as string };
}

/**
 * Modeling rule 1: one row per element of `data` when it is an array, or of the single
 * array-valued property of `data` (e.g. `data.list`); otherwise `data` itself is the one row.
 */
export function rowsOf(data: unknown): IDataObject[] {
	if (data === undefined || data === null) return [];
	if (Array.isArray(data)) return data.map(asRow);
	if (typeof data === 'object') {
		const arrays = Object.values(data as IDataObject).filter(Array.isArray);
		if (arrays.length === 1) return (arrays[0] as unknown[]).map(asRow);
	}
	return [asRow(data)];
}

/** Modeling rule 2: a total may sit in `data` or beside it, under any of the known names. */
export function totalOf(body: IDataObject): number | undefined {
	const data = body[conventions.envelope.data];
	for (const holder of [data, body]) {
		if (typeof holder !== 'object' || holder === null || Array.isArray(holder)) continue;
		for (const key of conventions.totalKeys) {
			const value = Number((holder as IDataObject)[key]);
			if (Number.isInteger(value) && value >= 0) return value;
		}
	}
	return undefined;
}
