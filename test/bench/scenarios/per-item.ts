// Dev tooling (benchmarks); never shipped in the n8n package.
import type { BenchN8n } from '../lib/bench-n8n';
import { msText, progress, ratioText, type ResultRow } from '../lib/result';
import { pairRatios, runPairs, sideSpread } from '../lib/stats';
import { nodeTiming, runViaWebhook } from '../lib/webhook-run';
import type { DrivenWorkflow } from '../workflows/scenario-workflows';
import { MEASURED } from '../workflows/scenario-workflows';

export interface PerItemCase {
	label: string;
	ours: DrivenWorkflow;
	http: DrivenWorkflow;
	/** Ratio at or under which the case passes; undefined for an informational row. */
	target?: number;
}

async function nodeMs(bench: BenchN8n, workflow: DrivenWorkflow): Promise<number> {
	const run = await runViaWebhook(bench, workflow.workflow.id as string, workflow.path);
	return nodeTiming(run, MEASURED).durationMs;
}

/** Our node against the HTTP Request node on the same 1 000 reads, in A/B pairs. */
export async function measurePerItem(bench: BenchN8n, testCase: PerItemCase, pairs: number): Promise<ResultRow> {
	const results = await runPairs(
		pairs,
		async () => await nodeMs(bench, testCase.ours),
		async () => await nodeMs(bench, testCase.http),
		(index, pair) => progress(`per-item ${testCase.label}: pair ${index + 1}/${pairs}: ${pair.a} ms vs ${pair.b} ms`),
	);
	const ratio = pairRatios(results, (ms) => ms);
	return {
		scenario: `Per-item overhead: 1 000 Task → Get reads, ${testCase.label}`,
		figure: ratioText(ratio),
		target: testCase.target === undefined ? '—' : `≤ ${testCase.target}×`,
		met: testCase.target === undefined ? undefined : ratio.median <= testCase.target,
		detail: `iCall node ${msText(sideSpread(results, 'a', (ms) => ms))}; HTTP Request node ${msText(sideSpread(results, 'b', (ms) => ms))}`,
	};
}
