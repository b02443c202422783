import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';
import { callEndpoint, envelopeData, placeFields } from '../api/client';
import type { Endpoint } from '../api/contract/types';
import { rowsOf, totalOf } from '../api/paging';

/* The search behind every "From List" picker of both action nodes: one page of a list at a time. */

const PAGE_SIZE = 50;

interface RowNaming {
	id: string;
	name: string;
}

function toResults(rows: IDataObject[], naming: RowNaming, filter?: string): INodeListSearchItems[] {
	const needle = filter?.trim().toLowerCase();
	return rows
		.filter((row) => row[naming.id] !== undefined && row[naming.id] !== null)
		.map((row) => {
			const id = String(row[naming.id]);
			const name = row[naming.name] ? `${String(row[naming.name])} (${id})` : id;
			return { name, value: id };
		})
		.filter((result) => !needle || result.name.toLowerCase().includes(needle));
}

/** Lists one page of a paginated endpoint; the pagination token is the next page number. */
export async function searchPaged(
	context: ILoadOptionsFunctions,
	endpoint: Endpoint,
	fields: IDataObject,
	naming: RowNaming,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const paging = endpoint.pagination;
	const page = Number(paginationToken ?? 1);
	const allFields = paging ? { ...fields, [paging.page]: page, [paging.size]: PAGE_SIZE } : fields;
	const { body } = await callEndpoint.call(context, endpoint, placeFields(endpoint, allFields));
	const rows = rowsOf(envelopeData(body as IDataObject));
	const total = totalOf(body as IDataObject);
	const more = paging !== undefined && rows.length === PAGE_SIZE && (total === undefined || page * PAGE_SIZE < total);
	return { results: toResults(rows, naming, filter), paginationToken: more ? String(page + 1) : undefined };
}
