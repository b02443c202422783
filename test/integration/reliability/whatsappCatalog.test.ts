// Test code never ships: every malformed WhatsApp input gets a clear error, before any request, and loses no item.
import type { ICallFixture } from '../icallFixture';
import { startWhatsAppFixture } from '../whatsappFixture';
import type { MalformedInput } from './catalog';
import { pairedInputs, requestCount } from './catalog/checks';
import { whatsAppMalformedInputs } from './catalog/whatsappCases';

let fx: ICallFixture;

beforeAll(async () => {
	fx = await startWhatsAppFixture();
});
afterAll(async () => await fx.sandbox.close());

it.each(whatsAppMalformedInputs.map((input): [string, MalformedInput] => [`${input.operation}: ${input.what}`, input]))('%s', async (_, input) => {
	const parameters = input.parameters({ taskId: '', planId: '' });
	const items = input.items ?? [{ json: {} }, { json: {} }];
	const sends = () => requestCount(fx) - fx.sandbox.log.count('auth') - fx.sandbox.log.count('templateGet');

	const before = { all: requestCount(fx), sends: sends() };
	const error = (await fx.run(parameters, items).then(
		() => undefined,
		(thrown: unknown) => thrown,
	)) as Error | undefined;
	expect(error?.message).toMatch(input.error);
	// Reading the template is the one request a check may need; nothing is ever sent or uploaded.
	if (!input.needsAirudder) expect(requestCount(fx) - before.all).toBe(0);
	expect(sends() - before.sends).toBe(0);

	// Under Continue On Fail the node never throws, and every input item comes out (as a result or an error item).
	const output = await fx.run(parameters, items, true);
	expect(pairedInputs(output)).toEqual(items.map((__, index) => index));
	expect(output.some((item) => input.error.test(String(item.json.error ?? '')))).toBe(true);
});
