// Test code never ships: what every catalog run measures.
import type { INodeExecutionData } from 'n8n-workflow';

import type { ICallFixture } from '../../icallFixture';

/** Every request the sandbox has received so far, refused ones included. */
export function requestCount(fx: ICallFixture): number {
	return Object.values(fx.sandbox.log.counts()).reduce((sum, count) => sum + count, 0);
}

/** The input items the output items are paired with, in order. */
export function pairedInputs(output: INodeExecutionData[]): number[] {
	const paired = new Set<number>();
	for (const item of output) {
		const pairs = Array.isArray(item.pairedItem) ? item.pairedItem : [item.pairedItem];
		for (const pair of pairs) if (typeof pair === 'object' && pair !== null) paired.add(pair.item);
	}
	return [...paired].sort((a, b) => a - b);
}

/** Runs an input without and with Continue On Fail: the thrown error, the requests it made, and the output under Continue On Fail. */
export async function runBothWays(
	fx: ICallFixture,
	parameters: Parameters<ICallFixture['run']>[0],
	items: INodeExecutionData[],
): Promise<{ error: Error | undefined; requests: number; output: INodeExecutionData[] }> {
	const before = requestCount(fx);
	const error = (await fx.run(parameters, items).then(
		() => undefined,
		(thrown: unknown) => thrown,
	)) as Error | undefined;
	const requests = requestCount(fx) - before;
	return { error, requests, output: await fx.run(parameters, items, true) };
}
