import type { IDataObject } from 'n8n-workflow';

import type { Endpoint } from '../contract';
import type { ApiContext, CallOptions } from './request';
import { callEndpoint } from './request';
import { envelopeData } from './envelope';
import { placeFields } from './placement';
import { rowsOf, totalOf } from './rows';

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
	const size = limit === undefined ? pageSize : Math.min(pageSize, limit);
	for (let page = 1; ; page++) {
		const placed = placeFields(endpoint, { ...fields, [paging.page]: page, [paging.size]: size });
		const { body } = await callEndpoint.call(this, endpoint, { ...call, ...placed });
		const envelope = body as IDataObject;
		pages.push(envelope);
		const pageRows = rowsOf(envelopeData(envelope));
		rows.push(...pageRows);
		const total = totalOf(envelope);
		const done =
			pageRows.length < size ||
			(total !== undefined && rows.length >= total) ||
			(limit !== undefined && rows.length >= limit);
		if (done) break;
	}
	return { rows: limit === undefined ? rows : rows.slice(0, limit), pages };
}
