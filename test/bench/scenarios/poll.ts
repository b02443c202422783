// Dev tooling (benchmarks); never shipped in the n8n package.
 
// The polling trigger over 20 running tasks of 2 500 calls each: requests per poll against the
// ideal, and the time of one poll. Measured through n8n-core's PollContext in the bench process
// (n8n starts a poll only once a minute, so a server would measure its schedule, not the poll),
// against an in-process sandbox on a manual clock that answers without delay.
import { idealPollRequests, itemsOf, MINUTE, startPollFixture, taskReads } from '../../integration/pollFixture';
import { phoneNumbers } from '../../sandbox/client';
import { progress, msText, type ResultRow } from '../lib/result';
import { spreadOf } from '../lib/stats';

export const POLL_PREFIX = 'Polling trigger';
const TASKS = 20;
const CALLS = 2500;
/** A task takes about two virtual hours: after the first hour about half of its calls have ended. */
const CALLS_PER_SECOND = CALLS / 7200;
const POLL_TARGET_MS = 10_000;

export async function measurePolling(pairs: number): Promise<ResultRow[]> {
	const fx = await startPollFixture({ callsPerSecond: CALLS_PER_SECOND });
	try {
		const polling = await fx.activate({ events: ['call.finished', 'task.finished'] });
		await polling.poll(); // activation: marks where results start
		const created: string[] = [];
		for (let index = 0; index < TASKS; index++) created.push(await fx.client.createTask(phoneNumbers(CALLS, `+6282${index + 10}`), `bench_poll_${index}`));
		await fx.sandbox.clock.advance(60 * MINUTE);
		await polling.poll(); // warm-up: the first hour's rows
		const times: number[] = [];
		const ratios: number[] = [];
		let requests = 0;
		let ideal = 0;
		let emitted = 0;
		for (let index = 0; index < pairs; index++) {
			await fx.sandbox.clock.advance(MINUTE);
			ideal = idealPollRequests(fx, created);
			const before = taskReads(fx);
			const started = performance.now();
			emitted += itemsOf(await polling.poll()).length;
			times.push(performance.now() - started);
			requests = taskReads(fx) - before;
			ratios.push(requests / ideal);
		}
		const running = created.filter((id) => fx.sandbox.state.task(id)?.status === 'Running').length;
		progress(`polling: ${running} of ${TASKS} tasks running, ${requests} requests per poll (ideal ${ideal}), ${emitted} calls emitted in ${pairs} polls`);
		const worst = Math.max(...ratios);
		const time = spreadOf(times);
		return [
			{
				scenario: `${POLL_PREFIX}: requests per poll against the ideal, ${TASKS} running tasks × 2 500 calls`,
				figure: `${worst.toFixed(2)}× (last poll: ${requests} requests, ideal ${ideal})`,
				target: '≤ 1.00×',
				met: worst <= 1,
				detail: `ideal: the task list plus every page of each running task; worst of ${pairs} polls a minute apart`,
			},
			{
				scenario: `${POLL_PREFIX}: one poll over ${TASKS} running tasks × 2 500 calls`,
				figure: msText(time),
				target: `< ${POLL_TARGET_MS / 1000} s`,
				met: time.median < POLL_TARGET_MS,
				detail: `${pairs} polls a minute apart, about ${Math.round(requests / TASKS)} pages of 100 rows per task each; in the bench process against a sandbox that answers at once`,
			},
		];
	} finally {
		await fx.sandbox.close();
	}
}
