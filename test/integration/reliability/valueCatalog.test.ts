// Test code never ships: every malformed value gets a clear error naming the item and the field, before any request, and loses no item.
import type { INodeExecutionData } from 'n8n-workflow';

import type { ICallFixture } from '../icallFixture';
import { startFixture } from '../icallFixture';
import type { MalformedInput } from './catalog';
import { GOOD, phones } from './catalog/types';
import { valueCases } from './catalog/valueCases';

let fx: ICallFixture;

beforeAll(async () => {
	fx = await startFixture();
	// Logged in first, so that a login never counts as a request a refused value sent.
	await fx.run({ resource: 'robot', operation: 'getMany', returnAll: false, limit: 1 });
});
afterAll(async () => await fx.sandbox.close());

const totalRequests = () => Object.values(fx.sandbox.log.counts()).reduce((sum, count) => sum + count, 0);

function pairedInputs(output: INodeExecutionData[]): number[] {
	const paired = new Set<number>();
	for (const item of output) {
		const pairs = Array.isArray(item.pairedItem) ? item.pairedItem : [item.pairedItem];
		for (const pair of pairs) if (typeof pair === 'object' && pair !== null) paired.add(pair.item);
	}
	return [...paired].sort();
}

it.each(valueCases.map((input): [string, MalformedInput] => [`${input.operation}: ${input.what}`, input]))('%s', async (_, input) => {
	const parameters = input.parameters({ taskId: '', planId: '' });
	const items = input.items ?? (input.operation.endsWith(': Create') ? phones(...GOOD) : [{ json: {} }, { json: {} }]);
	const before = totalRequests();
	const error = (await fx.run(parameters, items).then(
		() => undefined,
		(thrown: unknown) => thrown,
	)) as Error | undefined;
	expect(error?.message).toMatch(input.error);
	expect(totalRequests() - before).toBe(0);

	const output = await fx.run(parameters, items, true);
	expect(pairedInputs(output)).toEqual(items.map((__, index) => index));
	expect(output.some((item) => input.error.test(String(item.json.error ?? '')))).toBe(true);
});
