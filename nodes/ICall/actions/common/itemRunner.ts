import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

export type ItemResult = IDataObject | INodeExecutionData;

function isExecutionData(value: ItemResult): value is INodeExecutionData {
	return typeof (value as INodeExecutionData).json === 'object' && (value as INodeExecutionData).json !== null;
}

/** Wraps anything thrown for an item in an n8n error that names the item. */
export function asNodeError(context: IExecuteFunctions, error: unknown, itemIndex: number): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeOperationError(context.getNode(), error as Error, { itemIndex });
}

/** The one-item answer to a failed input item under "Continue On Fail". */
export function errorItem(error: NodeApiError | NodeOperationError, itemIndex: number | number[]): INodeExecutionData {
	const json: IDataObject = { error: error.message };
	if (error.description) json.description = error.description;
	if (error instanceof NodeApiError && error.httpCode) json.httpCode = error.httpCode;
	const pairedItem = Array.isArray(itemIndex) ? itemIndex.map((item) => ({ item })) : { item: itemIndex };
	return { json, pairedItem };
}

/** The error item of one contact's input item, carrying that item's own fields so it can be sent again. */
export function errorItemWithInput(items: INodeExecutionData[], source: number, error: NodeApiError | NodeOperationError): INodeExecutionData {
	const failed = errorItem(error, source);
	return { ...failed, json: { ...items[source]?.json, ...failed.json } };
}

/** Other workers may have failed meanwhile; the lowest failing item is the one reported. */
function isEarlierFailure(first: { index: number } | undefined, itemIndex: number): boolean {
	return first !== undefined && first.index < itemIndex;
}

/**
 * Runs `work` for every input item with at most `concurrency` in flight. Output keeps input
 * order, every output item is paired with its input item, and failures follow "Continue On Fail".
 *
 * `prepare` (reading and checking an item's parameters) runs for every item before the first
 * `work` starts: without Continue On Fail a bad item 7 stops the node before item 0 is sent; with
 * it, the bad items become error items and the others are sent.
 */
export async function runPerItem<P>(
	context: IExecuteFunctions,
	items: INodeExecutionData[],
	concurrency: number,
	work: (itemIndex: number, prepared: P) => Promise<ItemResult[]>,
	prepare?: (itemIndex: number) => P | Promise<P>,
): Promise<INodeExecutionData[]> {
	const results: INodeExecutionData[][] = new Array(items.length);
	const continueOnFail = context.continueOnFail();
	const preparedOf: P[] = new Array(items.length);
	const toRun: number[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			preparedOf[itemIndex] = prepare ? await prepare(itemIndex) : (undefined as P);
			toRun.push(itemIndex);
		} catch (error) {
			const nodeError = asNodeError(context, error, itemIndex);
			if (!continueOnFail) throw nodeError;
			results[itemIndex] = [errorItem(nodeError, itemIndex)];
		}
	}
	let next = 0;
	const failed: { first?: { index: number; error: NodeApiError | NodeOperationError } } = {};

	const worker = async () => {
		while (next < toRun.length && failed.first === undefined) {
			const itemIndex = toRun[next++];
			try {
				const produced = await work(itemIndex, preparedOf[itemIndex]);
				results[itemIndex] = produced.map((entry) =>
					isExecutionData(entry)
						? { ...entry, pairedItem: entry.pairedItem ?? { item: itemIndex } }
						: { json: entry, pairedItem: { item: itemIndex } },
				);
			} catch (error) {
				const nodeError = asNodeError(context, error, itemIndex);
				if (continueOnFail) {
					results[itemIndex] = [errorItem(nodeError, itemIndex)];
				} else if (!isEarlierFailure(failed.first, itemIndex)) {
					failed.first = { index: itemIndex, error: nodeError };
				}
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, toRun.length) }, worker));
	if (failed.first) throw failed.first.error;
	return results.flat();
}
