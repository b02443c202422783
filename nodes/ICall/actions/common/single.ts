import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { Endpoint } from '../../contract';
import { runPerItem } from './itemRunner';
import { readRequestSettings } from './requestSettings';
import { dataAsItem, sendForItem } from './send';

/** One request per input item, one output item per answer. */
export async function singlePerItem(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	endpoint: Endpoint,
	readValues: (itemIndex: number) => Record<string, unknown>,
): Promise<INodeExecutionData[]> {
	return await runPerItem(this, items, readRequestSettings(this).concurrency, async (itemIndex) => {
		const { body } = await sendForItem.call(this, endpoint, readValues(itemIndex), itemIndex);
		return [dataAsItem(body)];
	});
}
