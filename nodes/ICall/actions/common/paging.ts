import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Endpoint } from '../../contract';
import { checkLimit } from '../../helpers/limit';
import { numberFrom } from '../../helpers/numberText';
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
