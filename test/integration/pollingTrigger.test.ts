// Test code never ships. The polling trigger through n8n-core's PollContext against the sandbox:
// exactly once across polls and a restart, a bounded cursor, requests per poll, and faults.
/* eslint-disable @n8n/community-nodes/no-restricted-globals */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { callRow } from '../../nodes/ICall/api/contract/calling';
import { taskRow } from '../../sandbox/contract';
import { phoneNumbers } from '../sandbox/client';
import type { PollFixture } from './pollFixture';
import { MINUTE, idealPollRequests, itemsOf, startPollFixture, storedBytes, taskReads } from './pollFixture';

let fx: PollFixture;

beforeAll(async () => {
	fx = await startPollFixture({ callsPerSecond: 500 / 7200 });
});
afterAll(async () => await fx.sandbox.close());
beforeEach(async () => {
	fx.sandbox.reset();
	fx.sandbox.faults.clear();
	await fx.client.login();
});

describe('AIRudder iCall polling trigger', () => {
	it('emits every call of 20 tasks x 500 calls over a virtual day exactly once, across a restart halfway', async () => {
		let polling = await fx.activate({ events: ['call.finished', 'task.finished'] });
		expect(await polling.poll()).toBeNull();
		await fx.sandbox.clock.advance(MINUTE);

		const emitted = new Map<string, number>();
		const finishedTasks: string[] = [];
		let maxBytes = 0;
		let worstRatio = 0;
		const requestsPerPoll: number[] = [];
		const created: string[] = [];
		for (let minute = 0; minute < 24 * 60; minute++) {
			// A new task every 72 virtual minutes; each runs about two hours.
			if (minute % 72 === 0 && created.length < 20) created.push(await fx.client.createTask(phoneNumbers(500, `+6281${created.length + 10}`), `batch_${created.length}`));
			if (minute === 12 * 60) polling = await fx.activate({ events: ['call.finished', 'task.finished'] }, JSON.parse(JSON.stringify(polling.staticData)) as IDataObject);
			await fx.sandbox.clock.advance(MINUTE);
			const ideal = idealPollRequests(fx, created);
			const before = taskReads(fx);
			const items = itemsOf(await polling.poll());
			const requests = taskReads(fx) - before;
			requestsPerPoll.push(requests);
			worstRatio = Math.max(worstRatio, requests / ideal);
			for (const item of items) {
				const body = item.body as IDataObject;
				if (item.event === 'call.finished') emitted.set(String(body[callRow.callId]), (emitted.get(String(body[callRow.callId])) ?? 0) + 1);
				else finishedTasks.push(String(body[taskRow.taskId]));
			}
			maxBytes = Math.max(maxBytes, storedBytes(polling.staticData));
		}
		await fx.sandbox.clock.runUntilIdle();
		for (const item of itemsOf(await polling.poll())) {
			const body = item.body as IDataObject;
			if (item.event === 'call.finished') emitted.set(String(body[callRow.callId]), (emitted.get(String(body[callRow.callId])) ?? 0) + 1);
			else finishedTasks.push(String(body[taskRow.taskId]));
		}

		const calls = created.flatMap((id) => fx.sandbox.state.calls(id));
		expect(calls).toHaveLength(10_000);
		const missed = calls.filter((call) => !emitted.has(call.callId));
		const duplicated = [...emitted.values()].filter((count) => count > 1);
		expect({ missed: missed.length, duplicated: duplicated.length }).toEqual({ missed: 0, duplicated: 0 });
		expect(finishedTasks.sort()).toEqual([...created].sort());
		const mean = requestsPerPoll.reduce((a, b) => a + b, 0) / requestsPerPoll.length;
		process.stdout.write(`polling: max cursor ${maxBytes} bytes, requests per poll mean ${mean.toFixed(2)} max ${Math.max(...requestsPerPoll)}, worst ratio to the ideal ${worstRatio.toFixed(2)}, final cursor ${storedBytes(polling.staticData)} bytes\n`);
		expect(maxBytes).toBeLessThan(100_000);
		expect(worstRatio).toBeLessThanOrEqual(1);
		// Finished and fully emitted tasks have left the cursor.
		expect(JSON.stringify(polling.staticData)).not.toContain(created[0]);
	}, 600_000);

	it('keeps the cursor under 100 KB with a running 50 000-contact task', async () => {
		const big = await startPollFixture({ callsPerSecond: 5 });
		try {
			const activation = await big.activate({ events: ['call.finished'] });
			await activation.poll();
			await big.sandbox.clock.advance(MINUTE);
			const taskId = await big.client.createTask(phoneNumbers(50_000, '+62813'), 'big_batch');
			let maxBytes = 0;
			let emitted = 0;
			for (let poll = 0; poll < 12; poll++) {
				await big.sandbox.clock.advance(10 * MINUTE);
				emitted += itemsOf(await activation.poll()).length;
				maxBytes = Math.max(maxBytes, storedBytes(activation.staticData));
			}
			const ended = big.sandbox.state.calls(taskId).filter((call) => call.phase === 'ended').length;
			process.stdout.write(`polling: 50 000-contact task, ${ended} calls ended after 2 h, cursor at most ${maxBytes} bytes\n`);
			expect(emitted).toBe(ended);
			expect(maxBytes).toBeLessThan(100_000);
		} finally {
			await big.sandbox.close();
		}
	}, 600_000);

	it('emits nothing and loses nothing when a poll fails (5xx, resets), and renews an expired token once', async () => {
		const polling = await fx.activate({ events: ['call.finished'] });
		await polling.poll();
		await fx.sandbox.clock.advance(MINUTE);
		const taskId = await fx.client.createTask(phoneNumbers(300, '+62814'), 'faulty');
		const seen: string[] = [];
		const collect = (items: IDataObject[]) => seen.push(...items.map((item) => String((item.body as IDataObject)[callRow.callId])));
		const faults = [{ serverErrorRate: 1 }, { resetRate: 1 }, undefined, { serverErrorRate: 1, serverErrorAsText: true }];
		let failures = 0;
		for (const fault of faults) {
			await fx.sandbox.clock.advance(10 * MINUTE);
			if (fault) fx.sandbox.faults.set(fault, 'taskGet');
			await polling.poll().then((output) => collect(itemsOf(output)), (error: Error) => { failures++; process.stdout.write(`poll failed: ${error.message}\n`); });
			fx.sandbox.faults.clear();
		}
		const loginsBefore = fx.logins();
		fx.sandbox.expireAllTokens();
		await fx.sandbox.clock.runUntilIdle();
		collect(itemsOf(await polling.poll()));
		expect(fx.logins()).toBe(loginsBefore + 1);
		expect(failures).toBe(3);
		expect(seen.sort()).toEqual(fx.sandbox.state.calls(taskId).map((call) => call.callId).sort());
	}, 120_000);

	it('refuses bad settings at activation and reports an unknown id once while other ids go on', async () => {
		const bad: Array<[INodeParameters, string]> = [
			[{ pollTimes: { item: [] } }, 'Field "Poll Times"'],
			[{ scope: 'ids', ids: ' , ' }, 'Field "IDs"'],
			[{ startTime: '2999-01-01T00:00:00' }, 'Field "Emit Results Since": the time is in the future'],
		];
		for (const [parameters, message] of bad) {
			const polling = await fx.activate({ events: ['call.finished'], ...parameters });
			await expect(polling.poll()).rejects.toThrow(message);
		}
		const taskId = await fx.client.createTask(phoneNumbers(5, '+62815'), 'known');
		const polling = await fx.activate({ events: ['call.finished'], scope: 'ids', ids: `${taskId}, no-such-task`, startTime: '2000-01-01T00:00:00' });
		await fx.sandbox.clock.runUntilIdle();
		expect(itemsOf(await polling.poll())).toHaveLength(5);
		const cursor = JSON.stringify(polling.staticData);
		expect(cursor).toContain('no-such-task');
		expect(itemsOf(await polling.poll())).toHaveLength(0);
	}, 60_000);

	it('Fetch Test Event returns the latest real result and changes no state', async () => {
		const taskId = await fx.client.createTask(phoneNumbers(3, '+62816'), 'sample');
		await fx.sandbox.clock.runUntilIdle();
		const polling = await fx.activate({ events: ['call.finished'] }, undefined, 'manual');
		const items = itemsOf(await polling.poll());
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({ event: 'call.finished', body: { [callRow.taskId]: taskId } });
		expect(polling.staticData).toEqual({});
	}, 60_000);
});
