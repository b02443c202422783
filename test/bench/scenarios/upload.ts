// Dev tooling (benchmarks); never shipped in the n8n package.
import type { BenchN8n } from '../lib/bench-n8n';
import { fixed2, mibText, msText, progress, ratioText, type ResultRow } from '../lib/result';
import { pairRatios, runPairs, sideSpread, spreadOf, type Pair } from '../lib/stats';
import { nodeTiming, runViaWebhook } from '../lib/webhook-run';
import type { DrivenWorkflow } from '../workflows/scenario-workflows';
import { UPLOAD_PREFIX, UPLOADER } from '../workflows/upload-workflows';

interface UploadRun {
	/** RSS growth while the upload node ran (sampled), the upload's own cost. */
	nodeGrowthBytes: number;
	/** VmHWM after the whole run (file read into storage, then uploaded) minus RSS just before it. */
	peakAddedBytes: number;
	/** n8n's own record of the upload node's run time. */
	nodeMs: number;
}

async function runOnce(bench: BenchN8n, workflow: DrivenWorkflow): Promise<UploadRun> {
	const baseline = bench.memory.resetPeak();
	bench.memory.startSampling();
	try {
		// The record only carries the binary's id in filesystem mode, never the bytes.
		const run = await runViaWebhook(bench, workflow.workflow.id as string, workflow.path);
		const timing = nodeTiming(run, UPLOADER);
		return {
			nodeGrowthBytes: bench.memory.growthDuring(timing.startedAt, timing.startedAt + timing.durationMs),
			peakAddedBytes: bench.memory.peak() - baseline,
			nodeMs: timing.durationMs,
		};
	} finally {
		bench.memory.stopSampling();
	}
}

export interface UploadCase {
	modeLabel: string;
	ours: { big: DrivenWorkflow; tiny: DrivenWorkflow };
	reference: { big: DrivenWorkflow; tiny: DrivenWorkflow };
	bigBytes: number;
	memoryTarget: number;
	timeTarget: number;
}

/** (growth during the upload node with the big file − with the tiny file) / file size, per pair. */
function memoryMultiple(results: Array<Pair<UploadRun>>, bigBytes: number) {
	return spreadOf(results.map((pair) => (pair.a.nodeGrowthBytes - pair.b.nodeGrowthBytes) / bigBytes));
}

async function bigAndTiny(bench: BenchN8n, label: string, side: { big: DrivenWorkflow; tiny: DrivenWorkflow }, pairs: number) {
	return await runPairs(
		pairs,
		async () => await runOnce(bench, side.big),
		async () => await runOnce(bench, side.tiny),
		(index, pair) =>
			progress(
				`upload ${label}: pair ${index + 1}/${pairs}: node +${(pair.a.nodeGrowthBytes / 1048576).toFixed(0)} MiB vs +${(pair.b.nodeGrowthBytes / 1048576).toFixed(0)} MiB ` +
					`(whole run +${(pair.a.peakAddedBytes / 1048576).toFixed(0)} MiB), ${pair.a.nodeMs} ms`,
			),
	);
}

/**
 * Three rows: our node's memory (RSS growth while the upload node runs, big vs tiny file), the
 * HTTP Request node's on the same files (reference), and the time of our node over n8n's, pair by
 * pair. The window is the upload node's: the Read node before it streams the file into binary
 * storage and its garbage would otherwise be charged to whichever node runs next.
 */
export async function measureUpload(bench: BenchN8n, testCase: UploadCase, pairs: number): Promise<ResultRow[]> {
	const ours = await bigAndTiny(bench, 'WhatsApp node', testCase.ours, pairs);
	const reference = await bigAndTiny(bench, 'HTTP Request node', testCase.reference, pairs);
	const timing = await runPairs(
		pairs,
		async () => await runOnce(bench, testCase.ours.big),
		async () => await runOnce(bench, testCase.reference.big),
		(index, pair) => progress(`upload timing: pair ${index + 1}/${pairs}: ${pair.a.nodeMs} ms vs ${pair.b.nodeMs} ms`),
		{ a: async () => undefined, b: async () => undefined },
	);
	const sizeMiB = (testCase.bigBytes / 1048576).toFixed(0);
	const ourMemory = memoryMultiple(ours, testCase.bigBytes);
	const theirMemory = memoryMultiple(reference, testCase.bigBytes);
	const time = pairRatios(timing, (run) => run.nodeMs);
	const peaks = (results: Array<Pair<UploadRun>>) =>
		`RSS growth during the upload node: big ${mibText(sideSpread(results, 'a', (run) => run.nodeGrowthBytes))}, tiny ${mibText(sideSpread(results, 'b', (run) => run.nodeGrowthBytes))}; ` +
		`whole run (file read into storage, then uploaded) peak added: big ${mibText(sideSpread(results, 'a', (run) => run.peakAddedBytes))}`;
	return [
		{
			scenario: `${UPLOAD_PREFIX} ${sizeMiB} MiB file from binary storage (File: Upload), ${testCase.modeLabel}, peak memory`,
			figure: `${fixed2(ourMemory.median)}× file size (${fixed2(ourMemory.min)}–${fixed2(ourMemory.max)})`,
			target: `< ${testCase.memoryTarget}×`,
			met: ourMemory.median < testCase.memoryTarget,
			detail: `${peaks(ours)}; upload node ${msText(sideSpread(ours, 'a', (run) => run.nodeMs))}`,
		},
		{
			scenario: `${UPLOAD_PREFIX} ${sizeMiB} MiB file from binary storage, ${testCase.modeLabel}, n8n HTTP Request node form-data (reference)`,
			figure: `${fixed2(theirMemory.median)}× file size (${fixed2(theirMemory.min)}–${fixed2(theirMemory.max)})`,
			target: '—',
			detail: `${peaks(reference)}; upload node ${msText(sideSpread(reference, 'a', (run) => run.nodeMs))}`,
		},
		{
			scenario: `${UPLOAD_PREFIX} ${sizeMiB} MiB file from binary storage, ${testCase.modeLabel}, node time vs HTTP Request node`,
			figure: ratioText(time),
			target: `≤ ${testCase.timeTarget}×`,
			met: time.median <= testCase.timeTarget,
			detail: `WhatsApp node ${msText(sideSpread(timing, 'a', (run) => run.nodeMs))}; HTTP Request node ${msText(sideSpread(timing, 'b', (run) => run.nodeMs))}`,
		},
	];
}
