// Test code never ships: every input item is read and checked before the first request, whatever the
// operation, and a setting that breaks the whole node still gives every item an output under Continue On Fail.
import type { ICallFixture } from './icallFixture';
import { byId, debtors, startFixture } from './icallFixture';

let fx: ICallFixture;
let taskId: string;

beforeAll(async () => {
	fx = await startFixture();
	const [created] = await fx.run(
		{ resource: 'task', operation: 'create', taskName: 'every_item', robot: byId('robot-collection-01'), contactsSource: 'items', phoneNumberField: 'phone' },
		debtors(3),
	);
	taskId = String(created.json.TaskID);
});
afterAll(async () => await fx.sandbox.close());
afterEach(() => fx.sandbox.faults.clear());

const stopEach = { resource: 'task', operation: 'cancelCall', task: byId('={{ $json.task }}') };

describe('a bad item stops the node before any item is sent', () => {
	it('single-result operations: bad JSON in item 2 of 3 sends nothing, or only the good items under Continue On Fail', async () => {
		const items = ['+6281200000000', '+6281200000001', '+6281200000002'].map((callee, index) => ({
			json: { task: taskId, phone: callee, hatch: index === 2 ? '{broken' : '{}' },
		}));
		const parameters = { ...stopEach, calleeNumber: '={{ $json.phone }}', additionalBodyFields: '={{ $json.hatch }}' };
		const before = fx.sandbox.log.count('taskCancelCall');
		await expect(fx.run(parameters, items)).rejects.toThrow('Item 2, field "Additional Body Fields": is not valid JSON');
		expect(fx.sandbox.log.count('taskCancelCall')).toBe(before);
		const output = await fx.run(parameters, items, true);
		expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(output[2].json.error).toContain('not valid JSON');
		expect(fx.sandbox.log.count('taskCancelCall')).toBe(before + 2);
	});

	it('get-many operations: a Limit of 0 on the last item sends nothing', async () => {
		const before = fx.sandbox.log.count('taskGetMany');
		const items = [{ json: { limit: 5 } }, { json: { limit: 0 } }];
		await expect(fx.run({ resource: 'task', operation: 'getMany', returnAll: false, limit: '={{ $json.limit }}' }, items)).rejects.toThrow(
			'Item 1, field "Limit"',
		);
		expect(fx.sandbox.log.count('taskGetMany')).toBe(before);
	});
});

describe('Request Options that are not numbers', () => {
	it('are refused by name before any request, and give every item an error item under Continue On Fail', async () => {
		const before = fx.sandbox.log.count('taskGet');
		const parameters = { resource: 'task', operation: 'get', task: byId(taskId), returnAll: true, requestOptions: { concurrency: 'abc' } };
		await expect(fx.run(parameters, [{ json: {} }, { json: {} }])).rejects.toThrow('field "Parallel Requests": must be a whole number of at least 1, got "abc"');
		const output = await fx.run(parameters, [{ json: {} }, { json: {} }], true);
		expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(output.every((item) => String(item.json.error).includes('Parallel Requests'))).toBe(true);
		await expect(fx.run({ ...parameters, requestOptions: { timeoutSeconds: 'soon' } })).rejects.toThrow('field "Timeout (Seconds)"');
		await expect(fx.run({ ...parameters, requestOptions: { maxRetries: 1.5 } })).rejects.toThrow('field "Max Retries"');
		expect(fx.sandbox.log.count('taskGet')).toBe(before);
		// Numbers written as text by an expression are numbers.
		await expect(fx.run({ ...parameters, requestOptions: { concurrency: '3' } })).resolves.toEqual(expect.any(Array));
		expect(fx.sandbox.log.count('taskGet')).toBe(before + 1);
	});
});
