// Dev tooling (benchmarks); never shipped in the n8n package.
// Recordings: one n8n server per binary-data mode, each with a big-ZIP and a tiny-ZIP sandbox.
import type { N8nRuntime } from '../../../scripts/n8n-runtime';
import { startBenchN8n } from '../lib/bench-n8n';
import { prepareSandbox, taskZip } from '../lib/bench-sandbox';
import { progress, type ResultRow } from '../lib/result';
import { measureRecordings } from '../scenarios/recordings';
import { credentialRef, iCallCredential } from '../workflows/building-blocks';
import { taskRecordingsDownload, zipDownloadThroughHttpRequest } from '../workflows/scenario-workflows';

const BIG_ZIP_BYTES = 200 * 1000 * 1000;
const RECORDED_CALLS = 20;

/**
 * `N8N_DEFAULT_BINARY_DATA_MODE` as n8n 2.41 reads it (n8n-core binary-data.config): unset means
 * `filesystem` in regular mode (`database` in queue mode); the value `default` keeps files in
 * memory as base64, which was n8n 1.x's default. `value: undefined` leaves the variable unset.
 */
const MODES: Array<{ value: string | undefined; label: string; target: number }> = [
	{ value: undefined, label: "n8n's default (N8N_DEFAULT_BINARY_DATA_MODE unset: filesystem in regular mode)", target: 1.2 },
	{ value: 'filesystem', label: 'N8N_DEFAULT_BINARY_DATA_MODE=filesystem', target: 0.25 },
	{ value: 'default', label: 'N8N_DEFAULT_BINARY_DATA_MODE=default (in memory, n8n 1.x\'s default)', target: 1.2 },
];

export async function runRecordingScenarios(runtime: N8nRuntime, tarball: string, pairs: number): Promise<ResultRow[]> {
	const big = await prepareSandbox(RECORDED_CALLS, { recordings: { taskZipBytes: BIG_ZIP_BYTES } });
	const tiny = await prepareSandbox(RECORDED_CALLS);
	const bigCredential = iCallCredential('benchRecBigCred1', big.sandbox.url);
	const tinyCredential = iCallCredential('benchRecTinyCred', tiny.sandbox.url);
	const bigDownload = taskRecordingsDownload('benchRecBig00001', big.taskId, credentialRef(bigCredential));
	const tinyDownload = taskRecordingsDownload('benchRecTiny0001', tiny.taskId, credentialRef(tinyCredential));
	const zip = await taskZip(big);
	const bigBytes = zip.bytes;
	const httpDownload = zipDownloadThroughHttpRequest('benchRecHttp0001', zip.url);
	const rows: ResultRow[] = [];
	// One instance, restarted per mode: n8n reads the binary-data mode when it starts.
	const modeEnvironment = (value: string | undefined) => ({ N8N_DEFAULT_BINARY_DATA_MODE: value });
	progress(`starting n8n with binary data mode "${MODES[0].value ?? '(unset)'}"`);
	let bench = await startBenchN8n({
		runtime,
		tarball,
		credentials: [bigCredential, tinyCredential],
		workflows: [bigDownload.workflow, tinyDownload.workflow, httpDownload.workflow],
		env: modeEnvironment(MODES[0].value),
	});
	try {
		for (const [index, mode] of MODES.entries()) {
			if (index > 0) {
				progress(`restarting n8n with binary data mode "${mode.value ?? '(unset)'}"`);
				bench = await bench.restart(modeEnvironment(mode.value));
			}
			rows.push(
				await measureRecordings(bench, { modeLabel: mode.label, target: mode.target, big: bigDownload, tiny: tinyDownload, bigBytes }, pairs),
			);
			// n8n's own node on the same file and mode: separates the mode's cost from ours.
			rows.push(
				await measureRecordings(
					bench,
					{ modeLabel: `${mode.label}, n8n HTTP Request node (reference)`, big: httpDownload, tiny: tinyDownload, bigBytes },
					pairs,
				),
			);
		}
		return rows;
	} finally {
		await bench.stop();
		await big.sandbox.close();
		await tiny.sandbox.close();
	}
}
