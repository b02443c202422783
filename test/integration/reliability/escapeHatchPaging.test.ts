// Test code never ships: the escape hatch is merged last, also over the pager's own query fields.
import type { ICallFixture } from '../icallFixture';
import { byId, debtors, startFixture } from '../icallFixture';

let fx: ICallFixture;

beforeAll(async () => {
	fx = await startFixture();
	for (let task = 0; task < 5; task++) {
		await fx.run(
			{ resource: 'task', operation: 'create', taskName: `paging_${task}`, robot: byId('robot-collection-01'), contactsSource: 'items', phoneNumberField: 'phone' },
			debtors(1, 600 + task),
		);
	}
});
afterAll(async () => await fx.sandbox.close());

const listTasks = { resource: 'task', operation: 'getMany', taskType: 'task', returnAll: true };

it('keeps a page size set in Additional Query Parameters and still reads every row', async () => {
	const before = fx.sandbox.log.count('taskGetMany');
	const output = await fx.run({ ...listTasks, additionalQueryParameters: '{"Number": 2}' });
	const requests = fx.sandbox.log.forEndpoint('taskGetMany').slice(before);
	expect(requests.every((entry) => entry.query.Number === '2')).toBe(true);
	expect(requests.length).toBeGreaterThanOrEqual(3);
	expect(output.length).toBeGreaterThanOrEqual(5);
});

it('fetches only the page named in Additional Query Parameters', async () => {
	const before = fx.sandbox.log.count('taskGetMany');
	const output = await fx.run({ ...listTasks, additionalQueryParameters: '{"Page": 2, "Number": 2}' });
	const requests = fx.sandbox.log.forEndpoint('taskGetMany').slice(before);
	expect(requests).toHaveLength(1);
	expect(requests[0].query).toMatchObject({ Page: '2', Number: '2' });
	expect(output).toHaveLength(2);
});
