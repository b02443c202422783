import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { ItemResult } from '../../common/itemRunner';
import { asNodeError, runPerItem } from '../../common/itemRunner';
import { readRequestSettings } from '../../common/requestSettings';

type Prepared<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Reads and checks every input item before the first request, so bad input stops the run before
 * anything reaches AIRudder (or, under "Continue On Fail", becomes that item's error output).
 */
export async function preparedPerItem<T>(
	context: IExecuteFunctions,
	items: INodeExecutionData[],
	prepare: (itemIndex: number) => Promise<T>,
	send: (prepared: T, itemIndex: number) => Promise<ItemResult[]>,
): Promise<INodeExecutionData[]> {
	const prepared: Array<Prepared<T>> = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			prepared.push({ ok: true, value: await prepare(itemIndex) });
		} catch (error) {
			if (!context.continueOnFail()) throw asNodeError(context, error, itemIndex);
			prepared.push({ ok: false, error });
		}
	}
	return await runPerItem(context, items, readRequestSettings(context).concurrency, async (itemIndex) => {
		const entry = prepared[itemIndex];
		if (!entry.ok) throw entry.error;
		return await send(entry.value, itemIndex);
	});
}
