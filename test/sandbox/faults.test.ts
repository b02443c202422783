// Dev tooling (tests of the iCall sandbox): never ships in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports */
import { setTimeout as sleep } from 'node:timers/promises';
import { startSandbox, type FaultSpec, type Sandbox } from '../../sandbox';
import { phoneNumbers, TestClient } from './client';

/** Status of each of `count` robot-list requests; 'reset' when the socket was dropped. */
async function statusSequence(spec: FaultSpec, seed: string, count = 40): Promise<Array<number | string>> {
	const sandbox = await startSandbox({ speed: 'manual', seed });
	const client = new TestClient(sandbox);
	await client.login();
	sandbox.faults.set(spec);
	const statuses: Array<number | string> = [];
	for (let index = 0; index < count; index++) {
		statuses.push(await client.call('robotGetMany').then((answer) => answer.status, () => 'reset'));
	}
	await sandbox.close();
	return statuses;
}

describe('sandbox: fault injection', () => {
	it('hits the same requests on every run with the same seed', async () => {
		const spec: FaultSpec = { serverErrorRate: 0.3, tooManyRequestsRate: 0.2, resetRate: 0.1 };
		const first = await statusSequence(spec, 'stable');
		expect(await statusSequence(spec, 'stable')).toEqual(first);
		expect(first).toContain(200);
		expect(first).toContain(503);
		expect(first).toContain(429);
		expect(first).toContain('reset');
		expect(await statusSequence(spec, 'another seed')).not.toEqual(first);
	});

	describe('with one sandbox', () => {
		let sandbox: Sandbox;
		let client: TestClient;

		beforeEach(async () => {
			sandbox = await startSandbox({ speed: 'manual' });
			client = new TestClient(sandbox);
			await client.login();
		});
		afterEach(() => sandbox.close());

		it('answers 429 with Retry-After, and 5xx in the envelope', async () => {
			sandbox.faults.set({ tooManyRequestsRate: 1, retryAfterSeconds: 7 });
			const limited = await client.call('robotGetMany');
			expect([limited.status, limited.headers['retry-after'], limited.json?.code]).toEqual([429, '7', 429]);
			sandbox.faults.set({ serverErrorRate: 1, serverErrorStatus: 502 });
			const failed = await client.call('robotGetMany');
			expect([failed.status, failed.json?.code]).toEqual([502, 502]);
			sandbox.faults.clear();
			expect((await client.call('robotGetMany')).status).toBe(200);
		});

		it('scopes faults to one endpoint', async () => {
			sandbox.faults.set({ serverErrorRate: 1 }, 'strategyGetMany');
			expect((await client.call('strategyGetMany')).status).toBe(503);
			expect((await client.call('robotGetMany')).status).toBe(200);
			sandbox.faults.clear('strategyGetMany');
			expect((await client.call('strategyGetMany')).status).toBe(200);
		});

		it('adds latency, fixed or in a range', async () => {
			sandbox.faults.set({ latencyMs: 120 });
			let started = Date.now();
			await client.call('robotGetMany');
			expect(Date.now() - started).toBeGreaterThanOrEqual(110);
			sandbox.faults.set({ latencyMs: [50, 80] });
			started = Date.now();
			await client.call('robotGetMany');
			expect(Date.now() - started).toBeGreaterThanOrEqual(45);
		});

		it('can let the latency overlap processing: the write is stored at once, its answer still waits', async () => {
			sandbox.faults.set({ latencyMs: 300, latencyWhileProcessing: true });
			const tasksBefore = sandbox.state.tasks().length;
			const started = Date.now();
			const answer = client.call('taskCreate', {
				taskName: 'Overlap_check',
				robotId: 'robot-collection-01',
				contacts: [{ number: '+6281230000001' }],
			});
			await sleep(150);
			expect(sandbox.state.tasks().length).toBe(tasksBefore + 1);
			expect((await answer).status).toBe(200);
			expect(Date.now() - started).toBeGreaterThanOrEqual(290);
		});

		it('drops the connection without an answer on a reset', async () => {
			sandbox.faults.set({ resetRate: 1 });
			await expect(client.call('robotGetMany')).rejects.toThrow(/socket hang up|ECONNRESET/);
			expect(sandbox.log.last('robotGetMany')?.outcome).toBe('reset');
		});

		it('commits a write before failing it (failAfterCommit), so a retry would duplicate it', async () => {
			sandbox.faults.set({ failAfterCommit: 'http500' });
			const answer = await client.call('taskCreate', {
				taskName: 'Once',
				robotId: 'robot-collection-01',
				contacts: phoneNumbers(1).map((number) => ({ number })),
			});
			expect(answer.status).toBe(500);
			expect(sandbox.state.tasks()).toHaveLength(1);
			// Reads are untouched by a global failAfterCommit.
			expect((await client.call('taskGetMany')).status).toBe(200);

			sandbox.faults.set({ failAfterCommit: 'reset' }, 'taskCreate');
			await expect(client.createTask(phoneNumbers(2))).rejects.toThrow(/socket hang up|ECONNRESET/);
			expect(sandbox.state.tasks()).toHaveLength(2);
		});

		it('counts requests per endpoint, faulted ones included', async () => {
			sandbox.faults.set({ serverErrorRate: 1 }, 'robotGetMany');
			await client.call('robotGetMany');
			await client.call('robotGetMany');
			await client.call('strategyGetMany');
			expect(sandbox.log.count('robotGetMany')).toBe(2);
			expect(sandbox.log.count('strategyGetMany')).toBe(1);
			expect(sandbox.log.count('auth')).toBe(1);
			expect(sandbox.log.counts()).toMatchObject({ auth: 1, robotGetMany: 2, strategyGetMany: 1 });
			sandbox.reset();
			expect(sandbox.log.count('robotGetMany')).toBe(0);
			expect((await client.call('robotGetMany')).status).toBe(401);
		});
	});
});
