// Dev tooling (tests of the iCall sandbox): never ships in the n8n package.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { callRow, callStatuses, endpoints, planRow, roundRow, taskStatuses } from '../../sandbox/contract';
import { startSandbox, type Sandbox } from '../../sandbox/index';
import { TestClient } from './client';
import { startReceiver } from './receiver';

const answers = '+6281200000001';
const neverAnswers = '+6281200000002';
const busyLine = '+6281200000003';

describe('sandbox: plans by strategy', () => {
	let sandbox: Sandbox;
	let client: TestClient;

	beforeEach(async () => {
		sandbox = await startSandbox({
			speed: 'manual',
			outcomes: { [answers]: 'answered', [neverAnswers]: 'noAnswer', [busyLine]: 'busy' },
		});
		client = new TestClient(sandbox);
		await client.login();
	});
	afterEach(() => sandbox.close());

	async function createPlan(strategyId: string): Promise<string> {
		const data = await client.data('planCreate', {
			planName: 'Overdue wave',
			strategyId,
			contacts: [answers, neverAnswers, busyLine].map((number) => ({ number })),
		});
		return data[endpoints.planCreate.result.planId];
	}

	it('re-dials only the callees that did not answer, for the strategy’s number of rounds', async () => {
		const planId = await createPlan('strategy-three-rounds');
		expect((await client.data('planGetStatus', { planId }))[planRow.planStatus]).toBe(taskStatuses.running);
		await sandbox.clock.runUntilIdle();

		const status = await client.data('planGetStatus', { planId });
		expect(status).toMatchObject({ [planRow.planId]: planId, [planRow.planStatus]: taskStatuses.finished, [planRow.strategyId]: 'strategy-three-rounds' });
		const rounds = await client.data('planGetRounds', { planId });
		expect(rounds.map((row: any) => row[roundRow.round])).toEqual([1, 2, 3]);
		const callees = rounds.map((row: any) =>
			sandbox.state.calls(row[roundRow.taskId]).map((call) => call.callee).sort(),
		);
		expect(callees).toEqual([[answers, neverAnswers, busyLine].sort(), [neverAnswers, busyLine].sort(), [neverAnswers, busyLine].sort()]);
		expect(rounds.every((row: any) => row[roundRow.taskStatus] === taskStatuses.finished)).toBe(true);
	});

	it('spaces rounds by the strategy interval on the virtual clock', async () => {
		const planId = await createPlan('strategy-two-rounds');
		await sandbox.clock.advance(5 * 60_000);
		expect(await client.data('planGetRounds', { planId })).toHaveLength(1);
		await sandbox.clock.advance(30 * 60_000);
		expect(await client.data('planGetRounds', { planId })).toHaveLength(2);
	});

	it('never dials a number again once cancelled in the plan', async () => {
		const planId = await createPlan('strategy-three-rounds');
		await client.data('planCancelCall', { planId, calleeNumber: busyLine });
		await sandbox.clock.runUntilIdle();
		const rounds = await client.data('planGetRounds', { planId });
		const laterCallees = rounds.slice(1).flatMap((row: any) => sandbox.state.calls(row[roundRow.taskId]).map((call) => call.callee));
		expect(laterCallees).not.toContain(busyLine);
		expect(laterCallees).toContain(neverAnswers);
		const first = sandbox.state.calls(rounds[0][roundRow.taskId]).find((call) => call.callee === busyLine);
		expect(first?.status).toBe(callStatuses.canceled);
		const stranger = await client.call('planCancelCall', { planId, calleeNumber: '+6289999999999' });
		expect(stranger.status).toBe(400);
	});

	it('lists the recordings of a number across rounds', async () => {
		const planId = await createPlan('strategy-two-rounds');
		await sandbox.clock.runUntilIdle();
		const recordings = await client.data('planGetNumberRecordings', { planId, callee: answers });
		expect(recordings).toHaveLength(1);
		expect(recordings[0]).toMatchObject({ [roundRow.round]: 1, [callRow.callee]: answers });
		expect(recordings[0][endpoints.planGetNumberRecordings.result.recordingUrl]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.+\.wav$/);
		expect(await client.data('planGetNumberRecordings', { planId, callee: neverAnswers })).toEqual([]);
	});

	it('posts plan.finished once the last round ends', async () => {
		const receiver = await startReceiver();
		sandbox.configureCallbacks({ url: receiver.url });
		const planId = await createPlan('strategy-single');
		await sandbox.clock.runUntilIdle();
		const planEvents = receiver.received.filter((callback) => callback.json?.[planRow.planId] === planId);
		expect(planEvents.map((callback) => callback.json)).toEqual([
			{ [planRow.planId]: planId, [planRow.planStatus]: taskStatuses.finished, [planRow.planName]: 'Overdue wave' },
		]);
		await receiver.close();
	});
});
