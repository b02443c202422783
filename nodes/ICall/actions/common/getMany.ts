import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { Endpoint } from '../../contract';
import { fetchRows } from '../../transport/paginate';
import { readEscapeHatch } from './escapeHatch';
import { runPerItem } from './itemRunner';
import { readLimit } from './paging';
import { readRequestSettings } from './requestSettings';
import { toWire } from './send';

/**
 * The shared body of every "get many": rows (or raw pages) for each input item, honouring
 * Return All / Limit, the escape hatch, and the node's request settings.
 */
export async function getManyPerItem(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	endpoint: Endpoint,
	readValues: (itemIndex: number) => Record<string, unknown> = () => ({}),
): Promise<INodeExecutionData[]> {
	const { concurrency, retry } = readRequestSettings(this);
	return await runPerItem(this, items, concurrency, async (itemIndex) => {
		const query = { ...toWire(endpoint, readValues(itemIndex)), ...readEscapeHatch(this, endpoint, itemIndex) };
		const { rows, pages } = await fetchRows.call(this, endpoint, {
			query,
			itemIndex,
			retry,
			limit: readLimit(this, itemIndex),
		});
		return this.getNodeParameter('includeRawResponse', itemIndex, false) ? pages : rows;
	});
}
