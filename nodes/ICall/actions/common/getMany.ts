import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { Endpoint } from '../../contract';
import { fetchRows } from '../../transport/paginate';
import { runPerItem } from './itemRunner';
import { checkedPagingFields, readLimit } from './paging';
import { readRequestSettings } from './requestSettings';
import type { FieldValues, KnownFields } from './operationModule';
import { requestFields } from './send';

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
