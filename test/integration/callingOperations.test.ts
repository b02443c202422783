// Test code never ships: every calling operation through n8n-core against the sandbox over HTTP.
import { readItemBinary } from '../harness';
import type { ICallFixture } from './icallFixture';
import { byId, debtors, startFixture } from './icallFixture';

let fx: ICallFixture;

beforeAll(async () => {
	fx = await startFixture();
});
afterAll(async () => await fx.sandbox.close());

const robot = byId('robot-collection-01');

async function createTask(count: number, offset = 0): Promise<string> {
	const [created] = await fx.run(
		{ resource: 'task', operation: 'create', taskName: `batch_${offset}`, robot, contactsSource: 'items', phoneNumberField: 'phone', caseIdField: 'loanId' },
		debtors(count, offset),
	);
	return String(created.json.TaskID);
}

describe('task', () => {
	it('creates one task from 50 input items in one request', async () => {
		const before = fx.sandbox.log.count('taskCreate');
		const output = await fx.run(
			{
				resource: 'task',
				operation: 'create',
				taskName: 'Morning_collection',
				robot,
				contactsSource: 'items',
				phoneNumberField: 'phone',
				caseIdField: 'loanId',
				additionalFields: { sipLine: 'line-7', startTime: '2026-11-25T09:00:00', repeatInterval: 10, repeatNumber: 3 },
			},
			debtors(50),
		);
		expect(fx.sandbox.log.count('taskCreate') - before).toBe(1);
		const wire = fx.sandbox.log.last('taskCreate')!;
		expect(wire.method).toBe('POST');
		expect(wire.headers.authorization).toBe(`Token ${fx.token()}`);
		expect(wire.headers['user-agent']).toMatch(/^n8n-nodes-airudder\//);
		// The login that issued the token names the package too.
		expect(fx.sandbox.log.last('auth')!.headers['user-agent']).toBe(wire.headers['user-agent']);
		const body = wire.body as Record<string, unknown>;
		expect(body).toEqual({
			TaskName: 'Morning_collection',
			RobotID: 'robot-collection-01',
			SIPLine: 'line-7',
			ScheduleStartTime: '2026-11-25 09:00:00',
			RepeatInterval: 10,
			RepeatNumber: 3,
			Type: 'normal',
			Details: expect.any(Array),
		});
		const details = body.Details as Array<Record<string, unknown>>;
		expect(details).toHaveLength(50);
		expect(details[3]).toEqual({ Mobile: '+628120000003', CaseID: 'L3', name: 'Debtor 3', amount: 150003 });
		expect(output).toHaveLength(1);
		expect(output[0].json.TaskID).toBe(fx.sandbox.state.tasks().at(-1)!.taskId);
		expect(output[0].pairedItem).toHaveLength(50);
	});

	it('lists the contacts that cannot be sent in the order of their items, whatever check refused them', async () => {
		const before = fx.sandbox.log.count('taskCreate');
		const items = ['+628120000070', '+628120000070', 'nope'].map((phone) => ({ json: { phone } }));
		await expect(fx.run({ resource: 'task', operation: 'create', taskName: 'Ordered', robot, contactsSource: 'items', phoneNumberField: 'phone' }, items)).rejects.toThrow(
			/^2 contact\(s\) cannot be sent: item 1, field "phone": \+628120000070 is already in this list \(item 0\).*; item 2, field "phone": "nope"/,
		);
		expect(fx.sandbox.log.count('taskCreate')).toBe(before);
	});

	it('sends only the selected fields as robot variables, and no case ID when none is mapped', async () => {
		await fx.run(
			{ resource: 'task', operation: 'create', taskName: 'Selected', robot, contactsSource: 'items', phoneNumberField: 'phone', variablesFrom: 'selected', variableFields: 'name' },
			debtors(2, 40),
		);
		const details = (fx.sandbox.log.last('taskCreate')!.body as Record<string, unknown>).Details;
		expect(details).toEqual([
			{ Mobile: '+628120000040', name: 'Debtor 40' },
			{ Mobile: '+628120000041', name: 'Debtor 41' },
		]);
	});

	it('refuses a selected variable field that no input item has, before any request', async () => {
		const before = fx.sandbox.log.count('taskCreate');
		await expect(
			fx.run({ resource: 'task', operation: 'create', taskName: 'Selected', robot, contactsSource: 'items', phoneNumberField: 'phone', variablesFrom: 'selected', variableFields: 'name, missing' }, debtors(2, 40)),
		).rejects.toThrow('Item 0, field "Variable Fields": "missing" is in no input item: check the spelling, or remove it');
		expect(fx.sandbox.log.count('taskCreate')).toBe(before);
	});

	it('creates one task per item from contacts typed into the node', async () => {
		const before = fx.sandbox.log.count('taskCreate');
		const output = await fx.run(
			{
				resource: 'task',
				operation: 'create',
				taskName: '={{ "VIP " + $json.group }}',
				additionalFields: { replaceSpacesInName: true },
				robot,
				contactsSource: 'list',
				contacts: {
					contact: [
						{ phoneNumber: '+62 811 000 0001', caseId: 'A1', variables: '{"name":"Ani"}' },
						{ phoneNumber: '+62 811 000 0002', robotId: 'robot-telemarketing-01', variables: '{"name":"Budi","amount":150000}' },
					],
				},
			},
			[{ json: { group: 'a' } }, { json: { group: 'b' } }],
		);
		expect(fx.sandbox.log.count('taskCreate') - before).toBe(2);
		expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect((fx.sandbox.log.last('taskCreate')!.body as Record<string, unknown>).TaskName).toBe('VIP_b');
		expect((fx.sandbox.log.last('taskCreate')!.body as { Details: unknown[] }).Details).toEqual([
			{ name: 'Ani', Mobile: '+628110000001', CaseID: 'A1' },
			{ name: 'Budi', amount: 150000, Mobile: '+628110000002', RobotID: 'robot-telemarketing-01' },
		]);
	});

	it('lists tasks page by page, and honours Limit', async () => {
		for (let batch = 0; batch < 3; batch++) await createTask(2, 100 + batch * 2);
		const all = await fx.run({ resource: 'task', operation: 'getMany', returnAll: true });
		expect(all.length).toBe(fx.sandbox.state.tasks().length);
		const limited = await fx.run({ resource: 'task', operation: 'getMany', returnAll: false, limit: 2 });
		expect(limited).toHaveLength(2);
		expect(fx.sandbox.log.last('taskGetMany')!.query).toMatchObject({ Page: '1', Number: '2', Type: 'normal' });
	});

	it('reads the calls of a task with every field of the call row', async () => {
		const taskId = await createTask(12, 200);
		await fx.sandbox.clock.runUntilIdle();
		const calls = await fx.run({ resource: 'task', operation: 'get', task: byId(taskId), returnAll: true, requestOptions: {} });
		expect(calls).toHaveLength(12);
		expect(calls[0].json).toEqual(fx.sandbox.state.rows.call(fx.sandbox.state.calls(taskId)[0]));
		expect(new Set(calls.map((c) => c.json.CallStatus)).size).toBeGreaterThan(1);
	});

	it('cancels one call and stops a task', async () => {
		const taskId = await createTask(5, 300);
		await fx.run({ resource: 'task', operation: 'cancelCall', task: byId(taskId), calleeNumber: '+628120000301' });
		expect(fx.sandbox.log.last('taskCancelCall')!.body).toEqual({ TaskID: taskId, CalleeNumber: '+628120000301' });
		const [stopped] = await fx.run({ resource: 'task', operation: 'stop', task: byId(taskId) });
		expect(fx.sandbox.log.last('taskStop')!.body).toEqual({ Action: 'Stop', TaskID: taskId });
		expect(stopped.json).toHaveProperty('TaskStatus', 'Stopped');
	});
});

describe('robots, strategies and calls', () => {
	it('lists robots and strategies', async () => {
		const robots = await fx.run({ resource: 'robot', operation: 'getMany', returnAll: true });
		expect(robots.map((r) => r.json.RobotID)).toContain('robot-collection-01');
		const strategies = await fx.run({ resource: 'strategy', operation: 'getMany', returnAll: false, limit: 2 });
		expect(strategies).toHaveLength(2);
	});

	it('gets a call by CallID', async () => {
		const taskId = await createTask(3, 400);
		await fx.sandbox.clock.runUntilIdle();
		const callId = fx.sandbox.state.calls(taskId)[1].callId;
		const [call] = await fx.run({ resource: 'call', operation: 'get', callId });
		expect(call.json.CallID).toBe(callId);
		expect(fx.sandbox.log.last('callGet')!.query).toEqual({ CallID: callId });
	});

	it('offers tasks, robots and strategies in the pickers', async () => {
		const robots = await fx.search('searchRobots', 'collection');
		expect(robots.results).toEqual([{ name: 'Collection reminder (English) (robot-collection-01)', value: 'robot-collection-01' }]);
		const tasks = await fx.search('searchTasks');
		expect(tasks.results.length).toBeGreaterThan(0);
		const strategies = await fx.search('searchStrategies');
		expect(strategies.results.map((s) => s.value)).toContain('strategy-two-rounds');
	});
});

describe('recordings', () => {
	let taskId: string;
	let answered: string;

	beforeAll(async () => {
		taskId = await createTask(10, 500);
		await fx.sandbox.clock.runUntilIdle();
		answered = fx.sandbox.state.calls(taskId).find((c) => c.hasRecording)!.callee;
	});

	it('downloads a call recording as binary named after task and callee', async () => {
		const [item] = await fx.run({ resource: 'recording', operation: 'getCall', task: byId(taskId), callee: answered });
		const audio = await readItemBinary(item);
		expect(audio.subarray(0, 4).toString()).toBe('RIFF');
		expect(item.binary!.data.fileName).toBe(`${taskId}_${answered}.wav`);
		expect(item.json.RecordingURL).toBeDefined();
	});

	it('returns only the link when download is off', async () => {
		const [item] = await fx.run({ resource: 'recording', operation: 'getCall', task: byId(taskId), callee: answered, download: false });
		expect(item.binary).toBeUndefined();
		expect(String(item.json.RecordingURL)).toContain('http');
	});

	it('downloads the task ZIP, whether AIRudder links to it or sends it', async () => {
		for (const recordingsAs of ['url', 'file'] as const) {
			fx.sandbox.faults.set({ recordingsAs });
			const [item] = await fx.run({ resource: 'recording', operation: 'getTask', task: byId(taskId) });
			const zip = await readItemBinary(item);
			expect(zip.subarray(0, 2).toString()).toBe('PK');
			expect(item.binary!.data.fileName).toBe(`${taskId}_recordings.zip`);
		}
		fx.sandbox.faults.clear();
	});
});

describe('plan', () => {
	it('creates a plan, reads status and rounds, cancels a number, gets its recordings', async () => {
		const [plan] = await fx.run(
			{ resource: 'plan', operation: 'create', planName: 'Two_rounds', strategy: byId('strategy-two-rounds'), contactsSource: 'items', phoneNumberField: 'phone', variablesFrom: 'none' },
			debtors(8, 600),
		);
		const planId = String(plan.json.PlanID);
		const planBody = fx.sandbox.log.last('planCreate')!.body as Record<string, unknown>;
		expect(planBody).toEqual({ PlanName: 'Two_rounds', StrategyID: 'strategy-two-rounds', Details: expect.any(Array) });
		expect((planBody.Details as unknown[])[0]).toEqual({ Mobile: '+628120000600' });
		await fx.run({ resource: 'plan', operation: 'cancelCall', plan: byId(planId), calleeNumber: '+628120000607' });
		expect(fx.sandbox.log.last('planCancelCall')!.body).toEqual({ PlanID: planId, CalleeNumber: '+628120000607' });
		await fx.sandbox.clock.runUntilIdle();
		const [status] = await fx.run({ resource: 'plan', operation: 'getStatus', plan: byId(planId) });
		expect(status.json.PlanID).toBe(planId);
		const rounds = await fx.run({ resource: 'plan', operation: 'getRounds', plan: byId(planId), returnAll: true });
		expect(rounds.length).toBeGreaterThanOrEqual(1);
		expect(rounds[0].json.TaskID).toBeDefined();
		const plans = await fx.search('searchPlans', 'two');
		expect(plans.results.map((result) => result.value)).toContain(planId);
		const callee = fx.sandbox.state.calls(String(rounds[0].json.TaskID)).find((c) => c.hasRecording)!.callee;
		const recordings = await fx.run({ resource: 'plan', operation: 'getNumberRecordings', plan: byId(planId), callee });
		expect(recordings.length).toBeGreaterThanOrEqual(1);
		expect((await readItemBinary(recordings[0])).subarray(0, 4).toString()).toBe('RIFF');
	});
});
