// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { conventions, type Endpoint } from '../contract';
import { SandboxError } from '../http/envelope';

/**
 * Key of the row array in a paginated `data`. The contract does not name it (modeling rule 1 only
 * says "the single array-valued property of data", with `data.list` as its example), so the sandbox
 * uses that example; the node must find rows by shape, not by this name.
 */
export const pageRowsKey = 'list';
const totalKey = conventions.totalKeys[0];

export const defaultPageSize = 20;
export const maxPageSize = 1000;

/**
 * One 1-based page of rows: `{list: [...], total: <all rows>}`. A page size above the maximum is an
 * error rather than silently clamped: a client stopping at "fewer rows than asked" would lose rows.
 */
export function paginate<T>(
	endpoint: Endpoint,
	rows: T[],
	values: Record<string, unknown>,
	toWire: (row: T) => unknown,
): Record<string, unknown> {
	const page = (values.page as number | undefined) ?? 1;
	const size = (values.size as number | undefined) ?? defaultPageSize;
	if (size > maxPageSize) throw SandboxError.param(endpoint.pagination?.size ?? 'size', `must be at most ${maxPageSize}, got ${size}`);
	const slice = rows.slice((page - 1) * size, page * size);
	return { [pageRowsKey]: slice.map(toWire), [totalKey]: rows.length };
}
