import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { fetchRows, totalOf } from '../api/paging';
import type { Endpoint } from '../api/contract/types';

/** Where a page loop stops, besides a short page or a total reached. */
export type StopRule = (pageRows: IDataObject[], rowsSoFar: IDataObject[], total: number | undefined) => boolean;

export interface PageReading {
	rows: IDataObject[];
	requests: number;
	/** The total the last page announced, if any. */
	total?: number;
}

/**
 * Reads an endpoint's pages one at a time, so that a poll can stop as soon as it knows enough
 * (an unchanged total, a page of old rows). `maxPages` bounds a Fetch Test Event click.
 */
export async function readPages(
	ctx: IPollFunctions,
	endpoint: Endpoint,
	fields: IDataObject,
	{ stop, maxPages = Infinity, pageSize }: { stop?: StopRule; maxPages?: number; pageSize: number },
): Promise<PageReading> {
	const paging = endpoint.pagination;
	if (!paging) {
		const { rows, pages } = await fetchRows.call(ctx, endpoint, { fields });
		return { rows, requests: 1, total: totalOf(pages[0] ?? {}) };
	}
	const rows: IDataObject[] = [];
	let total: number | undefined;
	for (let page = 1; page <= maxPages; page++) {
		const read = await fetchRows.call(ctx, endpoint, { fields: { ...fields, [paging.page]: page }, pageSize });
		total = totalOf(read.pages[0] ?? {});
		rows.push(...read.rows);
		const over = read.rows.length < pageSize || (total !== undefined && rows.length >= total);
		if (over || stop?.(read.rows, rows, total)) return { rows, requests: page, total };
	}
	return { rows, requests: maxPages, total };
}
