// Dev tooling (benchmarks); never shipped in the n8n package.
import type { BenchN8n } from '../lib/bench-n8n';
import type { PreparedSandbox } from '../lib/bench-sandbox';
import { mibText, msText, progress, ratioText, type ResultRow } from '../lib/result';
import { pairRatios, runPairs, sideSpread } from '../lib/stats';
import { nodeTiming, runViaWebhook } from '../lib/webhook-run';
import type { DrivenWorkflow } from '../workflows/scenario-workflows';
import { MEASURED } from '../workflows/scenario-workflows';

interface BigTaskRun {
	requests: number;
	nodeMs: number;
	/** RSS growth of the n8n process while the measured node ran. */
	memoryBytes: number;
}

async function runOnce(bench: BenchN8n, api: PreparedSandbox, workflow: DrivenWorkflow): Promise<BigTaskRun> {
	const before = api.sandbox.log.count('taskCreate');
	bench.memory.startSampling();
	try {
		const run = await runViaWebhook(bench, workflow.workflow.id as string, workflow.path);
		const timing = nodeTiming(run, MEASURED);
		return {
			requests: api.sandbox.log.count('taskCreate') - before,
			nodeMs: timing.durationMs,
			memoryBytes: bench.memory.growthDuring(timing.startedAt, timing.startedAt + timing.durationMs),
		};
	} finally {
		bench.memory.stopSampling();
	}
}

/** A floor for memory ratios: growth under 1 MiB is sampling noise, not a cost. */
const MEMORY_FLOOR = 1024 * 1024;

/** One task from N items: our node against the HTTP Request node posting the prebuilt body. */
export async function measureBigTask(
	bench: BenchN8n,
	api: PreparedSandbox,
	items: number,
	ours: DrivenWorkflow,
	http: DrivenWorkflow,
	pairs: number,
): Promise<ResultRow[]> {
	const results = await runPairs(
		pairs,
		async () => await runOnce(bench, api, ours),
		async () => await runOnce(bench, api, http),
		(index, pair) =>
			progress(`big task ${items}: pair ${index + 1}/${pairs}: ${pair.a.nodeMs} vs ${pair.b.nodeMs} ms, ` +
				`${(pair.a.memoryBytes / 1048576).toFixed(0)} vs ${(pair.b.memoryBytes / 1048576).toFixed(0)} MiB`),
	);
	// The same bare POST against itself, in pairs: how far apart two identical runs measure, i.e.
	// the resolution of an RSS figure this small. A ratio inside this spread says nothing.
	const noise = await runPairs(
		pairs,
		async () => await runOnce(bench, api, http),
		async () => await runOnce(bench, api, http),
		undefined,
		{ a: async () => undefined, b: async () => undefined },
	);
	const requests = results.map((pair) => pair.a.requests);
	const oneRequestEach = requests.every((count) => count === 1);
	const time = pairRatios(results, (run) => run.nodeMs);
	const memory = pairRatios(results, (run) => Math.max(run.memoryBytes, MEMORY_FLOOR));
	const label = `Big task: 1 task from ${items.toLocaleString('en-US')} items`;
	return [
		{
			scenario: `${label}, requests sent`,
			figure: `${requests.join(', ')} per run`,
			target: '1 each',
			met: oneRequestEach,
			detail: `HTTP Request node: ${results.map((pair) => pair.b.requests).join(', ')} per run`,
		},
		{
			scenario: `${label}, node time vs bare POST`,
			figure: ratioText(time),
			target: '≤ 1.2×',
			met: time.median <= 1.2,
			detail: `iCall node ${msText(sideSpread(results, 'a', (run) => run.nodeMs))}; HTTP Request node ${msText(sideSpread(results, 'b', (run) => run.nodeMs))}`,
		},
		{
			scenario: `${label}, peak memory vs bare POST`,
			figure: ratioText(memory),
			target: '≤ 1.2×',
			met: memory.median <= 1.2,
			detail: `RSS growth during the node: iCall node ${mibText(sideSpread(results, 'a', (run) => run.memoryBytes))}; HTTP Request node ${mibText(sideSpread(results, 'b', (run) => run.memoryBytes))}`,
		},
		{
			scenario: `${label}, peak memory, bare POST against itself (the method's noise)`,
			figure: ratioText(pairRatios(noise, (run) => Math.max(run.memoryBytes, MEMORY_FLOOR))),
			target: '—',
			detail: `RSS growth during the node, HTTP Request node: ${mibText(sideSpread(noise, 'a', (run) => run.memoryBytes))} and ${mibText(sideSpread(noise, 'b', (run) => run.memoryBytes))}`,
		},
	];
}
