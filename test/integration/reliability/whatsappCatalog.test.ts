// Test code never ships: every malformed WhatsApp input gets a clear error, before any request, and loses no item.
import type { INodeExecutionData } from 'n8n-workflow';

import type { ICallFixture } from '../icallFixture';
import { startWhatsAppFixture } from '../whatsappFixture';
import type { MalformedInput } from './catalog';
import { whatsAppMalformedInputs } from './catalog/whatsappCases';

let fx: ICallFixture;

beforeAll(async () => {
	fx = await startWhatsAppFixture();
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

it.each(whatsAppMalformedInputs.map((input): [string, MalformedInput] => [`${input.operation}: ${input.what}`, input]))('%s', async (_, input) => {
	const parameters = input.parameters({ taskId: '', planId: '' });
	const items = input.items ?? [{ json: {} }, { json: {} }];
	const sends = () => totalRequests() - fx.sandbox.log.count('auth') - fx.sandbox.log.count('templateGet');

	const before = { all: totalRequests(), sends: sends() };
	const error = (await fx.run(parameters, items).then(
		() => undefined,
		(thrown: unknown) => thrown,
	)) as Error | undefined;
	expect(error?.message).toMatch(input.error);
	// Reading the template is the one request a check may need; nothing is ever sent or uploaded.
	if (!input.needsAirudder) expect(totalRequests() - before.all).toBe(0);
	expect(sends() - before.sends).toBe(0);

	// Under Continue On Fail the node never throws, and every input item comes out (as a result or an error item).
	const output = await fx.run(parameters, items, true);
	expect(pairedInputs(output)).toEqual(items.map((__, index) => index));
	expect(output.some((item) => input.error.test(String(item.json.error ?? '')))).toBe(true);
});
