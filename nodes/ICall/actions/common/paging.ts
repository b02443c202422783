import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Endpoint } from '../../contract';
import { checkLimit } from '../../helpers/limit';
import { escapeHatchFieldLabel } from './escapeHatch';
import { inputError } from './inputError';

export const pagingProperties: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
	{
		displayName: 'Include Raw Response',
		name: 'includeRawResponse',
		type: 'boolean',
		default: false,
		description: 'Whether to output each page exactly as AIRudder sent it instead of one item per row',
	},
];

/** Undefined means every row. A limit that is not a whole number of at least 1 is refused before any request. */
export function readLimit(context: IExecuteFunctions, itemIndex: number): number | undefined {
	if (context.getNodeParameter('returnAll', itemIndex, false)) return undefined;
	const checked = checkLimit(context.getNodeParameter('limit', itemIndex, 50));
	if (!checked.ok) throw inputError(context, itemIndex, 'Limit', checked.reason);
	return checked.limit;
}

/**
 * A page or page size the user sets through the escape hatch must be a whole number of at least 1:
 * a page size of 0 would fetch nothing and end the paging at once, so it is refused before any request.
 */
export function checkPagingFields(context: IExecuteFunctions, endpoint: Endpoint, fields: IDataObject, itemIndex: number): void {
	const paging = endpoint.pagination;
	if (!paging) return;
	for (const key of [paging.page, paging.size]) {
		if (fields[key] === undefined) continue;
		const raw = fields[key];
		const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
		if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
			throw inputError(context, itemIndex, escapeHatchFieldLabel(endpoint, key), `must be a whole number of at least 1, got ${JSON.stringify(raw)}`);
		}
	}
}
