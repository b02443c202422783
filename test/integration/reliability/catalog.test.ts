// Test code never ships: every malformed input of the catalog gets a clear error, before any request, and loses no item.
import type { ICallFixture } from '../icallFixture';
import { debtors, startFixture } from '../icallFixture';
import type { CatalogIds, MalformedInput } from './catalog';
import { malformedInputs } from './catalog';
import { pairedInputs, runBothWays } from './catalog/checks';
import { byId, GOOD, phones } from './catalog/types';
import type { CatalogResult } from './results';
import { saveResults } from './results';

let fx: ICallFixture;
const ids: CatalogIds = { taskId: '', planId: '' };
const results: CatalogResult[] = [];

beforeAll(async () => {
	fx = await startFixture();
	const [task] = await fx.run(
		{ resource: 'task', operation: 'create', taskName: 'catalog', robot: byId('robot-collection-01'), contactsSource: 'items', phoneNumberField: 'phone' },
		debtors(3, 200),
	);
	const [plan] = await fx.run(
		{ resource: 'plan', operation: 'create', planName: 'catalog', strategy: byId('strategy-two-rounds'), contactsSource: 'items', phoneNumberField: 'phone' },
		debtors(3, 300),
	);
	ids.taskId = String(task.json.TaskID);
	ids.planId = String(plan.json.PlanID ?? plan.json.TaskID);
	await fx.sandbox.clock.runUntilIdle();
});
afterAll(async () => {
	await fx.sandbox.close();
	if (results.length === malformedInputs.length) saveResults('catalog', results);
});

it('holds at least 60 malformed inputs, over all 15 calling operations and the workflow resources', () => {
	expect(malformedInputs.length).toBeGreaterThanOrEqual(60);
	const calling = ['Task', 'Plan', 'Strategy', 'Robot', 'Call', 'Recording'];
	const operations = new Set(malformedInputs.map((input) => input.operation));
	expect([...operations].filter((operation) => calling.includes(operation.split(':')[0]))).toHaveLength(15);
	expect([...operations].some((operation) => operation.startsWith('Workflow'))).toBe(true);
});

it.each(malformedInputs.map((input): [string, MalformedInput] => [`${input.operation}: ${input.what}`, input]))('%s', async (_, input) => {
	const parameters = input.parameters(ids);
	// Creates get good rows by default, so that only the malformed field is wrong.
	const items = input.items ?? (input.operation.endsWith(': Create') ? phones(...GOOD) : [{ json: {} }, { json: {} }]);

	const { error, requests, output } = await runBothWays(fx, parameters, items);
	expect(error?.message).toMatch(input.error);
	if (!input.needsAirudder) expect(requests).toBe(0);

	// Under Continue On Fail the node never throws, and every input item comes out (as a result or an error item).
	const paired = pairedInputs(output);
	expect(paired).toEqual(items.map((__, index) => index));
	expect(output.some((item) => input.error.test(String(item.json.error ?? '')))).toBe(true);

	results.push({
		operation: input.operation,
		what: input.what,
		error: error?.message ?? '',
		requests,
		needsAirudder: input.needsAirudder === true,
		inputItems: items.length,
		outputItems: output.length,
		pairedInputs: paired.length,
	});
});
