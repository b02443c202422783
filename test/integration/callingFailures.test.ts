// Test code never ships: what the node does when input, AIRudder or the network goes wrong.
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { demoAccount } from '../../sandbox';
import type { ICallFixture } from './icallFixture';
import { byId, CREDENTIAL, debtors, startFixture } from './icallFixture';

let fx: ICallFixture;
let taskId: string;

beforeAll(async () => {
	fx = await startFixture();
	const [created] = await fx.run(
		{ resource: 'task', operation: 'create', taskName: 'fixture', robot: byId('robot-collection-01'), contactsSource: 'items', phoneNumberField: 'phone' },
		debtors(5),
	);
	taskId = String(created.json.TaskID);
	await fx.sandbox.clock.runUntilIdle();
});
afterAll(async () => await fx.sandbox.close());
afterEach(() => fx.sandbox.faults.clear());

const createFromItems = {
	resource: 'task',
	operation: 'create',
	taskName: 'faulty_day',
	robot: byId('robot-collection-01'),
	contactsSource: 'items',
	phoneNumberField: 'phone',
};

function secretsIn(value: unknown): string[] {
	const text = JSON.stringify(value, Object.getOwnPropertyNames(value ?? {})) + String((value as Error)?.stack ?? '');
	return [demoAccount.appSecret, fx.token()].filter((secret) => secret && text.includes(secret));
}

describe('bad input is refused before any request', () => {
	it('names the item and the field of an invalid phone number', async () => {
		const before = fx.sandbox.log.count('taskCreate');
		const items = debtors(4);
		items[2].json.phone = '0812-555';
		const error = await fx.run(createFromItems, items).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as Error).message).toMatch(/item 2, field "phone": "0812-555" is not an E\.164 number/);
		expect(fx.sandbox.log.count('taskCreate')).toBe(before);
	});

	it('under Continue On Fail creates the task with the good rows and reports each bad row', async () => {
		const items = debtors(4, 40);
		items[1].json.phone = '';
		items[3].json.phone = '+0';
		const output = await fx.run(createFromItems, items, true);
		expect(output).toHaveLength(3);
		expect(output[0].json.TaskID).toBeDefined();
		expect(output[0].pairedItem).toEqual([{ item: 0 }, { item: 2 }]);
		expect(output.slice(1).map((item) => item.pairedItem)).toEqual([{ item: 1 }, { item: 3 }]);
		expect(String(output[1].json.error)).toContain('item 1, field "phone": is empty');
		expect((fx.sandbox.log.last('taskCreate')!.body as { Details: unknown[] }).Details).toHaveLength(2);
	});

	it('refuses a missing required field, naming it', async () => {
		const before = fx.sandbox.log.count('taskCreate');
		const error = await fx.run({ ...createFromItems, taskName: '' }, debtors(2)).catch((e: unknown) => e);
		expect((error as Error).message).toBe('Item 0, field "Task Name": is empty; give the task a name');
		expect(fx.sandbox.log.count('taskCreate')).toBe(before);
	});

	it('refuses invalid JSON in the escape hatch, naming item and field', async () => {
		const error = await fx
			.run({ resource: 'task', operation: 'get', task: byId(taskId), additionalQueryParameters: '{"Page": ' }, [{ json: {} }, { json: {} }])
			.catch((e: unknown) => e);
		expect((error as Error).message).toMatch(/^Item 0, field "Additional Query Parameters": is not valid JSON/);
	});

	it('lets the escape hatch add and overwrite wire fields', async () => {
		await fx.run({ ...createFromItems, additionalBodyFields: '{"TaskName": "overwritten", "Priority": "high"}' }, debtors(1, 70));
		const wire = fx.sandbox.log.last('taskCreate')!;
		expect(wire.body).toMatchObject({ TaskName: 'overwritten', Priority: 'high' });
		expect(wire.unknownFields).toEqual(['Priority']);
	});
});

describe('AIRudder errors', () => {
	it('carries the vendor code and message', async () => {
		const error = await fx.run({ resource: 'task', operation: 'stop', task: byId('no-such-task') }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as Error).message).toMatch(/^AIRudder error \d+: .*TaskID/);
		expect(secretsIn(error)).toEqual([]);
	});

	it('gives one error item per failed input item under Continue On Fail', async () => {
		const output = await fx.run(
			{ resource: 'task', operation: 'get', task: { __rl: true, mode: 'id', value: '={{ $json.id }}' }, returnAll: true },
			[{ json: { id: taskId } }, { json: { id: 'missing' } }, { json: { id: taskId } }],
			true,
		);
		const errors = output.filter((item) => item.json.error);
		expect(errors).toHaveLength(1);
		expect(errors[0].pairedItem).toEqual({ item: 1 });
		expect(output.filter((item) => !item.json.error)).toHaveLength(10);
	});

	it('gives one error item, listing the numbers, for a failed task of contacts typed into the node', async () => {
		// Every create fails before AIRudder makes it: each lookup finds nothing, and the create is given up after three sends.
		fx.sandbox.faults.set({ serverErrorRate: 1 }, 'taskCreate');
		const sendsBefore = fx.sandbox.log.count('taskCreate');
		const typed = ['+6281200000801', '+6281200000802', '+6281200000803'].map((phoneNumber) => ({ phoneNumber }));
		const output = await fx.run(
			{ resource: 'task', operation: 'create', taskName: 'typed_fail', robot: byId('robot-collection-01'), contactsSource: 'list', contacts: { contact: typed } },
			[{ json: {} }],
			true,
		);
		expect(output).toHaveLength(1);
		expect(output[0].pairedItem).toEqual({ item: 0 });
		expect(output[0].json).toMatchObject({ contacts: 3, numbers: typed.map((contact) => contact.phoneNumber), error: expect.stringContaining('503') });
		expect(fx.sandbox.log.count('taskCreate') - sendsBefore).toBe(3);
	});
});

describe('tokens', () => {
	it.each(['http401', 'body401'] as const)('logs in exactly once more when the token expires mid-run (%s)', async (tokenExpiryAs) => {
		fx.sandbox.faults.set({ tokenExpiryAs });
		await fx.run({ resource: 'robot', operation: 'getMany', returnAll: true });
		const logins = fx.logins();
		let seen = 0;
		fx.sandbox.log.onEntry((entry) => {
			if (entry.endpointId === 'taskGet' && ++seen === 100) fx.sandbox.expireAllTokens();
		});
		const items = Array.from({ length: 200 }, () => ({ json: {} }));
		const output = await fx.run({ resource: 'task', operation: 'get', task: byId(taskId), returnAll: true, requestOptions: { concurrency: 1 } }, items);
		expect(output).toHaveLength(200 * 5);
		expect(output.every((item) => item.json.CallID)).toBe(true);
		expect(fx.logins() - logins).toBe(1);
	});

	it('reuses the stored token across executions', async () => {
		await fx.run({ resource: 'robot', operation: 'getMany', returnAll: true });
		const logins = fx.logins();
		for (let run = 0; run < 3; run++) await fx.run({ resource: 'robot', operation: 'getMany', returnAll: true });
		expect(fx.logins()).toBe(logins);
	});

	it('says clearly when the secret is wrong, without the secret', async () => {
		const stored = fx.credentials.storedData(CREDENTIAL);
		fx.credentials.setStoredData(CREDENTIAL, { ...stored, appSecret: 'wrong-secret-value', token: '' });
		try {
			const error = await fx.run({ resource: 'robot', operation: 'getMany', returnAll: true }).catch((e: unknown) => e);
			expect((error as Error).message).toContain('AIRudder rejected the App Key or App Secret');
			expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain('wrong-secret-value');
		} finally {
			fx.credentials.setStoredData(CREDENTIAL, { ...stored, token: '' });
		}
	});
});

describe('faults', () => {
	it('succeeds on every read with 20 % injected 5xx', async () => {
		fx.sandbox.faults.set({ serverErrorRate: 0.2 });
		const items = Array.from({ length: 100 }, () => ({ json: {} }));
		const output = await fx.run({ resource: 'task', operation: 'get', task: byId(taskId), returnAll: true }, items);
		expect(output).toHaveLength(500);
		expect(fx.sandbox.log.forEndpoint('taskGet').filter((e) => e.status && e.status >= 500).length).toBeGreaterThan(5);
	});

	it('retries a write refused with 429 and creates the task once', async () => {
		const tasksBefore = fx.sandbox.state.tasks().length;
		fx.sandbox.faults.set({ tooManyRequestsRate: 0.5, retryAfterSeconds: 0 }, 'taskCreate');
		for (let run = 0; run < 4; run++) await fx.run(createFromItems, debtors(3, 80 + run * 3));
		expect(fx.sandbox.state.tasks().length - tasksBefore).toBe(4);
		expect(fx.sandbox.log.forEndpoint('taskCreate').some((e) => e.status === 429)).toBe(true);
	});

	it.each(['http500', 'reset'] as const)('never creates a task twice when the answer is lost (%s): the name is looked up and the task returned', async (failAfterCommit) => {
		const tasksBefore = fx.sandbox.state.tasks().length;
		fx.sandbox.faults.set({ failAfterCommit }, 'taskCreate');
		const output = await fx.run({ ...createFromItems, taskName: `lost_${failAfterCommit}` }, debtors(3, 90));
		expect(fx.sandbox.state.tasks().length - tasksBefore).toBe(1);
		const created = fx.sandbox.state.tasks().find((task) => task.name === `lost_${failAfterCommit}`)!;
		expect(output).toHaveLength(1);
		expect(output[0].json).toMatchObject({ TaskID: created.taskId, TaskName: `lost_${failAfterCommit}`, foundAfterLostAnswer: true, contacts: 3 });
		expect(secretsIn(output)).toEqual([]);
	});

	it('sends a create again when its answer was lost before AIRudder made it (the name is provably free)', async () => {
		const tasksBefore = fx.sandbox.state.tasks().length;
		fx.sandbox.faults.set({ serverErrorOn: [1], serverErrorStatus: 502 }, 'taskCreate');
		const output = await fx.run({ ...createFromItems, taskName: 'lost_before_commit' }, debtors(3, 95));
		expect(fx.sandbox.state.tasks().length - tasksBefore).toBe(1);
		expect(output[0].json.TaskID).toBe(fx.sandbox.state.tasks().find((task) => task.name === 'lost_before_commit')!.taskId);
		expect(output[0].json.foundAfterLostAnswer).toBeUndefined();
		expect(fx.sandbox.log.count('taskGetMany')).toBeGreaterThan(0);
	});

	it('never creates a task twice on random 5xx and resets either', async () => {
		const tasksBefore = fx.sandbox.state.tasks().length;
		fx.sandbox.faults.set({ serverErrorRate: 0.3, resetRate: 0.2 }, 'taskCreate');
		const output = await fx.run(
			{ ...createFromItems, contactsSource: 'list', contacts: { contact: [{ phoneNumber: '+628111111111' }] } },
			Array.from({ length: 20 }, () => ({ json: {} })),
			true,
		);
		const created = output.filter((item) => item.json.TaskID).length;
		expect(fx.sandbox.state.tasks().length - tasksBefore).toBe(created);
		expect(created).toBeLessThan(20);
		expect(output).toHaveLength(20);
	});

	it('keeps secrets out of every output and error item', async () => {
		fx.sandbox.faults.set({ serverErrorRate: 1 });
		const output = await fx.run({ resource: 'task', operation: 'get', task: byId(taskId), requestOptions: { maxRetries: 1, retryBaseDelayMs: 1 } }, [{ json: {} }], true);
		expect(output[0].json.error).toBeDefined();
		expect(secretsIn(output)).toEqual([]);
	});
});
