// Dev tooling (benchmarks); never shipped in the n8n package.
import { sleep } from 'n8n-workflow';

import type { BenchN8n } from '../lib/bench-n8n';
import type { PreparedSandbox } from '../lib/bench-sandbox';
import { progress, ratioText, type ResultRow } from '../lib/result';
import { pairRatios, runPairs, sideSpread, spreadOf } from '../lib/stats';
import type { Receiver } from '../workflows/scenario-workflows';

export const CALLBACKS = 1000;
export const CALLBACK_CONCURRENCY = 20;

interface ThroughputRun {
	/** Callbacks per second, from the first post until n8n had recorded every execution. */
	perSecond: number;
	/** Callbacks per second as answered (what the sender saw). */
	answeredPerSecond: number;
	failures: number;
	recorded: number;
}

async function successfulExecutions(bench: BenchN8n, workflowId: string): Promise<number> {
	const filter = encodeURIComponent(JSON.stringify({ workflowId, status: ['success'] }));
	const page = await bench.session.request<{ count: number }>('GET', `/executions?filter=${filter}&limit=1`);
	return page.count;
}

/**
 * A full run takes a minute or more (n8n records ~10–20 executions/s here); a warm-up needs less,
 * but enough for n8n's JIT after a restart: at 100 the first pair after one still ran at 0.75×
 * where the next four gave 0.85–1.19×.
 */
const WARM_UP_CALLBACKS = 300;

async function runOnce(bench: BenchN8n, api: PreparedSandbox, receiver: Receiver, callbacks = CALLBACKS): Promise<ThroughputRun> {
	const workflowId = receiver.workflow.id as string;
	api.sandbox.configureCallbacks({ url: bench.server.webhookUrl(receiver.path) });
	const before = await successfulExecutions(bench, workflowId);
	const started = Date.now();
	const posted = await api.sandbox.postCallbacks(callbacks, CALLBACK_CONCURRENCY);
	let recorded = (await successfulExecutions(bench, workflowId)) - before;
	const deadline = Date.now() + 120000;
	while (recorded < callbacks && Date.now() < deadline) {
		await sleep(100);
		recorded = (await successfulExecutions(bench, workflowId)) - before;
	}
	const elapsed = Date.now() - started;
	// A late duplicate or a late arrival would change the count: look once more after a pause.
	await sleep(500);
	recorded = (await successfulExecutions(bench, workflowId)) - before;
	return { perSecond: (callbacks * 1000) / elapsed, answeredPerSecond: posted.perSecond, failures: posted.failures, recorded };
}

/**
 * 1 000 callbacks, 20 at a time: our trigger against n8n's plain Webhook node, in pairs.
 * `setting` names a non-default n8n setting the server runs with, for the row labels.
 */
export async function measureTriggerThroughput(
	bench: BenchN8n,
	api: PreparedSandbox,
	ours: Receiver,
	plain: Receiver,
	pairs: number,
	setting?: string,
): Promise<ResultRow[]> {
	const under = setting === undefined ? '' : `, n8n with ${setting}`;
	const results = await runPairs(
		pairs,
		async () => await runOnce(bench, api, ours),
		async () => await runOnce(bench, api, plain),
		(index, pair) =>
			progress(`trigger${under}: pair ${index + 1}/${pairs}: ${pair.a.perSecond.toFixed(0)}/s (${pair.a.recorded} recorded) vs ` +
				`${pair.b.perSecond.toFixed(0)}/s (${pair.b.recorded} recorded)`),
		{
			a: async () => await runOnce(bench, api, ours, WARM_UP_CALLBACKS),
			b: async () => await runOnce(bench, api, plain, WARM_UP_CALLBACKS),
		},
	);
	const rate = pairRatios(results, (run) => run.perSecond);
	const lost = (side: 'a' | 'b') => results.map((pair) => CALLBACKS - pair[side].recorded);
	const failed = (side: 'a' | 'b') => results.reduce((sum, pair) => sum + pair[side].failures, 0);
	const perSecond = (side: 'a' | 'b') => {
		const spread = sideSpread(results, side, (run) => run.perSecond);
		return `${spread.median.toFixed(0)}/s (${spread.min.toFixed(0)}–${spread.max.toFixed(0)})`;
	};
	const answered = spreadOf(results.map((pair) => pair.a.answeredPerSecond / pair.b.answeredPerSecond));
	const lostOurs = lost('a');
	const lostPlain = lost('b');
	return [
		{
			scenario: `Trigger throughput${under}: ${CALLBACKS} callbacks, ${CALLBACK_CONCURRENCY} at a time, rate vs Webhook node`,
			figure: ratioText(rate),
			target: '≥ 0.9×',
			met: rate.median >= 0.9,
			detail: `until all recorded: iCall Trigger ${perSecond('a')}, Webhook node ${perSecond('b')}; as answered: ${ratioText(answered)}`,
		},
		{
			scenario: `Trigger throughput${under}: executions recorded of ${CALLBACKS} per run`,
			figure: `lost ${lostOurs.join(', ')} (iCall Trigger); ${lostPlain.join(', ')} (Webhook node)`,
			target: '0 lost',
			met: lostOurs.every((count) => count === 0) && lostPlain.every((count) => count === 0),
			detail: `callbacks not answered 2xx: ${failed('a')} (iCall Trigger), ${failed('b')} (Webhook node)`,
		},
	];
}
