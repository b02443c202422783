// Dev tooling (tests of the iCall sandbox): never ships in the n8n package.
/* eslint-disable @typescript-eslint/no-explicit-any, @n8n/community-nodes/no-restricted-imports */
import { setTimeout as sleep } from 'node:timers/promises';
import { callRow, callStatuses, endpoints, taskRow, taskStatuses } from '../../sandbox/contract';
import { pageRowsKey, startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox/index';
import { TestClient, phoneNumbers } from './client';

const finalStatuses: string[] = Object.values(callStatuses);

async function sandboxWithClient(options: SandboxOptions = {}): Promise<{ sandbox: Sandbox; client: TestClient }> {
	const sandbox = await startSandbox({ speed: 'manual', epochMs: Date.UTC(2025, 0, 6, 1, 0, 0), ...options });
	const client = new TestClient(sandbox);
	await client.login();
	return { sandbox, client };
}

async function allCallRows(client: TestClient, taskId: string): Promise<any[]> {
	const data = await client.data('taskGet', { taskId, size: 1000 });
	return data[pageRowsKey];
}

describe('sandbox: calling tasks', () => {
	let sandbox: Sandbox;
	let client: TestClient;

	beforeEach(async () => ({ sandbox, client } = await sandboxWithClient()));
	afterEach(() => sandbox.close());

	it('runs a task to Finished on the virtual clock, with one complete call row per callee', async () => {
		const numbers = phoneNumbers(12);
		const taskId = await client.createTask(numbers);
		expect(sandbox.state.task(taskId)?.status).toBe(taskStatuses.running);
		expect((await client.data('taskGet', { taskId })).total).toBe(0);

		await sandbox.clock.runUntilIdle();

		const [task] = (await client.data('taskGetMany'))[pageRowsKey];
		expect(task).toMatchObject({ [taskRow.taskId]: taskId, [taskRow.taskStatus]: taskStatuses.finished, [taskRow.total]: 12, [taskRow.called]: 12 });
		const rows = await allCallRows(client, taskId);
		expect(rows.map((row) => row[callRow.callee]).sort()).toEqual([...numbers].sort());
		for (const row of rows) {
			expect(Object.keys(row).sort()).toEqual(Object.values(callRow).sort());
			expect(finalStatuses).toContain(row[callRow.callStatus]);
			expect(row[callRow.startTime]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
			expect(row[callRow.endTime] >= row[callRow.startTime]).toBe(true);
			const answered = row[callRow.callStatus] === callStatuses.answered;
			expect(row[callRow.duration] > 0).toBe(answered);
			expect(row[callRow.intention] !== '').toBe(answered);
			expect(row[callRow.recordingUrl].startsWith(sandbox.url)).toBe(answered);
		}
		const answered = rows.filter((row) => row[callRow.callStatus] === callStatuses.answered).length;
		expect(task[taskRow.answered]).toBe(answered);
		expect(answered).toBeGreaterThan(0);
		expect(answered).toBeLessThan(12);
	});

	it('gives the same ids and outcomes for the same seed, others for another seed', async () => {
		const numbers = phoneNumbers(20);
		const runOnce = async (seed: string) => {
			const run = await sandboxWithClient({ seed });
			const taskId = await run.client.createTask(numbers);
			await run.sandbox.clock.runUntilIdle();
			const rows = await allCallRows(run.client, taskId);
			await run.sandbox.close();
			return rows.map((row) => [row[callRow.callId], row[callRow.callee], row[callRow.callStatus], row[callRow.duration], row[callRow.endTime]]);
		};
		const first = await runOnce('alpha');
		expect(await runOnce('alpha')).toEqual(first);
		const other = await runOnce('beta');
		expect(other.map((row) => row[2])).not.toEqual(first.map((row) => row[2]));
	});

	it('honours pinned outcomes', async () => {
		await sandbox.close();
		({ sandbox, client } = await sandboxWithClient({ outcomes: { '+6281200000001': 'busy', '+6281200000002': 'answered' } }));
		const taskId = await client.createTask(['+6281200000001', '+6281200000002']);
		await sandbox.clock.runUntilIdle();
		const statuses = Object.fromEntries((await allCallRows(client, taskId)).map((row) => [row[callRow.callee], row[callRow.callStatus]]));
		expect(statuses).toEqual({ '+6281200000001': callStatuses.busy, '+6281200000002': callStatuses.answered });
	});

	it('dials progressively: calls end over virtual time, not all at once', async () => {
		const taskId = await client.createTask(phoneNumbers(10));
		await sandbox.clock.advance(40_000);
		const partial = (await client.data('taskGet', { taskId })).total;
		expect(partial).toBeGreaterThan(0);
		expect(partial).toBeLessThan(10);
	});

	it('paginates task.get and task.getMany with Page/Number and a total', async () => {
		const taskId = await client.createTask(phoneNumbers(7));
		for (let extra = 0; extra < 4; extra++) await client.createTask(phoneNumbers(1), `Extra_${extra}`);
		await sandbox.clock.runUntilIdle();

		const pages = [1, 2, 3].map((page) => client.data('taskGet', { taskId, page, size: 3 }));
		const [one, two, three] = await Promise.all(pages);
		expect([one.total, two.total, three.total]).toEqual([7, 7, 7]);
		expect([one, two, three].map((page) => page[pageRowsKey].length)).toEqual([3, 3, 1]);
		const ids = [one, two, three].flatMap((page) => page[pageRowsKey].map((row: any) => row[callRow.callId]));
		expect(new Set(ids).size).toBe(7);
		expect((await client.data('taskGet', { taskId, page: 4, size: 3 }))[pageRowsKey]).toEqual([]);

		const tasks = await client.data('taskGetMany', { page: 2, size: 2, type: 'normal' });
		expect(tasks.total).toBe(5);
		expect(tasks[pageRowsKey].map((row: any) => row[taskRow.taskName])).toEqual(['Extra_1', 'Extra_0']);
	});

	it('stops a task: open calls become Canceled, later stops are refused', async () => {
		const taskId = await client.createTask(phoneNumbers(10));
		await sandbox.clock.advance(1_000);
		const stopped = await client.data('taskStop', { action: endpoints.taskStop.constants.Action, taskId });
		expect(stopped[taskRow.taskStatus]).toBe(taskStatuses.stopped);
		const rows = await allCallRows(client, taskId);
		expect(rows).toHaveLength(10);
		expect(rows.filter((row) => row[callRow.callStatus] === callStatuses.canceled).length).toBeGreaterThan(5);
		const again = await client.call('taskStop', { action: endpoints.taskStop.constants.Action, taskId });
		expect([again.status, again.json?.code]).toEqual([400, 10513]);
		await sandbox.clock.runUntilIdle();
		expect(sandbox.state.task(taskId)?.status).toBe(taskStatuses.stopped);
	});

	it('cancels one call of a task and finds calls by CallID', async () => {
		const numbers = phoneNumbers(5);
		const taskId = await client.createTask(numbers);
		const cancelled = await client.data('taskCancelCall', { taskId, calleeNumber: numbers[4] });
		expect(cancelled[callRow.callStatus]).toBe(callStatuses.canceled);
		const twice = await client.call('taskCancelCall', { taskId, calleeNumber: numbers[4] });
		expect(twice.json?.message).toMatch(/already ended/);
		const stranger = await client.call('taskCancelCall', { taskId, calleeNumber: '+6289999999999' });
		expect(stranger.json?.message).toMatch(/not a callee/);
		await sandbox.clock.runUntilIdle();
		const row = await client.data('callGet', { callId: cancelled[callRow.callId] });
		expect(row).toMatchObject({ [callRow.callee]: numbers[4], [callRow.callStatus]: callStatuses.canceled, [callRow.taskId]: taskId });
		expect(sandbox.state.task(taskId)?.status).toBe(taskStatuses.finished);
	});

	it('waits for StartTime before dialling', async () => {
		const at = '2025-01-06 10:00:00'; // the clock starts at 09:00 UTC+8
		const data = await client.data('taskCreate', {
			taskName: 'Later',
			robotId: 'robot-telemarketing-01',
			contacts: [{ number: '+6281200000001' }],
			scheduleStartTime: at,
		});
		const taskId = data[endpoints.taskCreate.result.taskId];
		await sandbox.clock.advance(59 * 60_000);
		expect(sandbox.state.calls(taskId)[0].phase).toBe('queued');
		await sandbox.clock.runUntilIdle();
		expect((await allCallRows(client, taskId))[0][callRow.startTime]).toBe(at);
	});

	it('lists the fixed robots and strategies', async () => {
		const robots = await client.data('robotGetMany');
		expect(robots.map((robot: any) => robot[endpoints.robotGetMany.result.robotId])).toEqual([
			'robot-collection-01',
			'robot-telemarketing-01',
			'robot-infocheck-01',
		]);
		const strategies = await client.data('strategyGetMany');
		expect(strategies.length).toBeGreaterThanOrEqual(3);
		expect(Object.keys(strategies[0]).sort()).toEqual(Object.values(endpoints.strategyGetMany.result).sort());
	});
});

describe('sandbox: real-time clock', () => {
	it('finishes a task by itself when the clock runs fast', async () => {
		const { sandbox, client } = await sandboxWithClient({ speed: 50_000 });
		try {
			const taskId = await client.createTask(phoneNumbers(5));
			const deadline = Date.now() + 5_000;
			while (sandbox.state.task(taskId)?.status === taskStatuses.running && Date.now() < deadline) {
				await sleep(10);
			}
			expect(sandbox.state.task(taskId)?.status).toBe(taskStatuses.finished);
		} finally {
			await sandbox.close();
		}
	});
});
