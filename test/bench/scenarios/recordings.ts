// Dev tooling (benchmarks); never shipped in the n8n package.
import type { BenchN8n } from '../lib/bench-n8n';
import { fixed2, mibText, msText, progress, type ResultRow } from '../lib/result';
import { runPairs, sideSpread, spreadOf } from '../lib/stats';
import { runViaWebhook } from '../lib/webhook-run';
import type { DrivenWorkflow } from '../workflows/scenario-workflows';

interface DownloadRun {
	/** VmHWM after the run minus RSS when the peak was reset just before it. */
	peakAddedBytes: number;
	wallMs: number;
}

async function runOnce(bench: BenchN8n, workflow: DrivenWorkflow): Promise<DownloadRun> {
	const baseline = bench.memory.resetPeak();
	// No record fetch: in memory mode it would carry the whole file as base64.
	const run = await runViaWebhook(bench, workflow.workflow.id as string, workflow.path, { withRecord: false });
	return { peakAddedBytes: bench.memory.peak() - baseline, wallMs: run.wallMs };
}

export interface RecordingsCase {
	/** How the mode is named in the report, e.g. `N8N_DEFAULT_BINARY_DATA_MODE=default`. */
	modeLabel: string;
	/** Highest accepted (peak added by the big file − by the tiny file) / file size; none for a reference row. */
	target?: number;
	big: DrivenWorkflow;
	tiny: DrivenWorkflow;
	bigBytes: number;
}

/** The big ZIP and a tiny one alternately on one n8n process; the tiny run is the baseline. */
export async function measureRecordings(bench: BenchN8n, testCase: RecordingsCase, pairs: number): Promise<ResultRow> {
	const results = await runPairs(
		pairs,
		async () => await runOnce(bench, testCase.big),
		async () => await runOnce(bench, testCase.tiny),
		(index, pair) =>
			progress(`recordings ${testCase.modeLabel}: pair ${index + 1}/${pairs}: +${(pair.a.peakAddedBytes / 1048576).toFixed(0)} MiB ` +
				`vs +${(pair.b.peakAddedBytes / 1048576).toFixed(0)} MiB, ${pair.a.wallMs} ms`),
	);
	const multiple = spreadOf(results.map((pair) => (pair.a.peakAddedBytes - pair.b.peakAddedBytes) / testCase.bigBytes));
	const sizeMiB = (testCase.bigBytes / 1048576).toFixed(0);
	return {
		scenario: `Recordings: ${sizeMiB} MiB task ZIP as binary, ${testCase.modeLabel}`,
		figure: `${fixed2(multiple.median)}× file size (${fixed2(multiple.min)}–${fixed2(multiple.max)})`,
		target: testCase.target === undefined ? '—' : `≤ ${testCase.target}×`,
		met: testCase.target === undefined ? undefined : multiple.median <= testCase.target,
		detail: `peak added: big ${mibText(sideSpread(results, 'a', (run) => run.peakAddedBytes))}, tiny ${mibText(sideSpread(results, 'b', (run) => run.peakAddedBytes))}; download ${msText(sideSpread(results, 'a', (run) => run.wallMs))}`,
	};
}
