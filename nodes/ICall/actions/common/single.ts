import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { Endpoint } from '../../contract';
import { runPerItem } from './itemRunner';
import type { FieldValues, KnownFields } from './operationModule';
import { readRequestSettings } from './requestSettings';
import { dataAsItem, requestFields, sendFields } from './send';

/** One request per input item, one output item per answer. */
export async function singlePerItem<E extends Endpoint, V extends FieldValues<E>>(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	endpoint: E,
	readValues: (itemIndex: number) => KnownFields<E, V>,
): Promise<INodeExecutionData[]> {
	return await runPerItem(
		this,
		items,
		readRequestSettings(this).concurrency,
		async (itemIndex, fields) => [dataAsItem((await sendFields.call(this, endpoint, fields, itemIndex)).body)],
		(itemIndex: number) => requestFields(this, endpoint, readValues(itemIndex), itemIndex),
	);
}
