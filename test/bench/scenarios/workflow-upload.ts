// Dev tooling (benchmarks); never shipped in the n8n package.
import type { BenchN8n } from '../lib/bench-n8n';
import { INJECTED_LATENCY_MS, type PreparedSandbox } from '../lib/bench-sandbox';
import { progress, type ResultRow } from '../lib/result';
import { spreadOf } from '../lib/stats';
import { nodeTiming, runViaWebhook } from '../lib/webhook-run';
import type { DrivenWorkflow } from '../workflows/scenario-workflows';
import { MEASURED } from '../workflows/scenario-workflows';

export interface WorkflowUploadCase {
	contacts: number;
	perRequest: number;
	perWorkflow: number;
	parallel: number;
	ours: DrivenWorkflow;
	/** One request per contact, on a sample of `sample` contacts (the full count would take hours). */
	http: DrivenWorkflow;
	sample: number;
	/** Measured runs of our node (after the warm-up); the table shows their median. */
	runs: number;
}

const n = (value: number) => value.toLocaleString('en-US');

/** Every row of this scenario starts so (BENCH_ONLY=workflow replaces exactly these in BENCHMARKS.md). */
export const WORKFLOW_UPLOAD_PREFIX = 'Workflow upload:';

/**
 * Runs each side once unmeasured (the first run after n8n starts also logs the credential in and
 * meets cold code; its time is reported as a reference), then our node `runs` times and the HTTP
 * Request node once on the sample. A single run of our node swings by a tenth with where n8n's
 * garbage collections fall, so the table shows the median of the runs, with their minimum and maximum.
 */
export async function measureWorkflowUpload(bench: BenchN8n, api: PreparedSandbox, c: WorkflowUploadCase): Promise<ResultRow[]> {
	const cold = nodeTiming(await runViaWebhook(bench, c.ours.workflow.id as string, c.ours.path), MEASURED);
	await runViaWebhook(bench, c.http.workflow.id as string, c.http.path);
	progress(`workflow upload, warm-up: our node ${cold.durationMs} ms`);
	const before = { creates: api.sandbox.log.count('workflowCreate'), adds: api.sandbox.log.count('workflowContactAdd') };
	const workflowsBefore = api.sandbox.state.workflows().length;
	const durations: number[] = [];
	const memory: number[] = [];
	for (let run = 0; run < c.runs; run++) {
		bench.memory.startSampling();
		try {
			const timing = nodeTiming(await runViaWebhook(bench, c.ours.workflow.id as string, c.ours.path), MEASURED);
			durations.push(timing.durationMs);
			memory.push(bench.memory.growthDuring(timing.startedAt, timing.startedAt + timing.durationMs));
		} finally {
			bench.memory.stopSampling();
		}
	}
	const ours = spreadOf(durations);
	const memoryBytes = spreadOf(memory).median;
	// Every measured run made its own workflows: the counts are per run.
	const creates = (api.sandbox.log.count('workflowCreate') - before.creates) / c.runs;
	const adds = (api.sandbox.log.count('workflowContactAdd') - before.adds) / c.runs;
	const made = api.sandbox.state.workflows().slice(0, api.sandbox.state.workflows().length - workflowsBefore);
	const stored = made.reduce((sum, workflow) => sum + workflow.contacts.length, 0) / c.runs;
	progress(`workflow upload: ${creates} creates + ${adds} adds a run, ${stored} contacts stored a run; node times ${durations.join(', ')} ms`);

	const httpRun = await runViaWebhook(bench, c.http.workflow.id as string, c.http.path);
	const http = nodeTiming(httpRun, MEASURED);
	const httpFull = (http.durationMs / c.sample) * c.contacts;
	progress(`workflow upload, HTTP Request node: ${c.sample} contacts in ${http.durationMs} ms`);

	const requests = Math.ceil(c.contacts / c.perRequest);
	const idealMs = Math.ceil(requests / c.parallel) * INJECTED_LATENCY_MS;
	const vsIdeal = ours.median / idealMs;
	const faster = httpFull / ours.median;
	const ratio = (ms: number) => (ms / idealMs).toFixed(2);
	const label = `${WORKFLOW_UPLOAD_PREFIX} ${n(c.contacts)} contacts into ${Math.ceil(c.contacts / c.perWorkflow)} workflows (chunks of ${n(c.perRequest)}, ${c.parallel} in parallel)`;
	return [
		{
			scenario: `${label}, requests sent and contacts stored`,
			figure: `${creates + adds} requests (${creates} create + ${adds} add); ${n(stored)} contacts stored`,
			target: `⌈N/${n(c.perRequest)}⌉ = ${requests}; ${n(c.contacts)} stored`,
			met: creates + adds === requests && stored === c.contacts,
			detail: `a run made ${made.length / c.runs} workflows of ${made.slice(0, made.length / c.runs).map((workflow) => workflow.contacts.length).join(', ')} contacts (figures per run; ${c.runs} runs)`,
		},
		{
			scenario: `${label}, node time vs ideal`,
			figure: `${vsIdeal.toFixed(2)}× (${ratio(ours.min)}–${ratio(ours.max)})`,
			target: '≤ 1.2×',
			met: vsIdeal <= 1.2,
			detail: `iCall node median ${ours.median} ms over ${c.runs} runs (${durations.join(', ')} ms); ideal ⌈${requests}/${c.parallel}⌉ × ${INJECTED_LATENCY_MS} ms = ${idealMs} ms`,
		},
		{
			scenario: `${label}, node time vs ideal, first run after n8n started`,
			figure: `${(cold.durationMs / idealMs).toFixed(2)}×`,
			target: '—',
			detail: `iCall node ${cold.durationMs} ms, including the credential's first login and code not yet optimised by V8 (the warm-up of the row above)`,
		},
		{
			scenario: `${label}, speed vs HTTP Request node sending one request per contact`,
			figure: `${faster.toFixed(0)}× faster`,
			target: '≥ 50×',
			met: faster >= 50,
			detail: `HTTP Request node: ${n(c.sample)} contacts, one POST each, in ${http.durationMs} ms, i.e. ${Math.round(httpFull)} ms for ${n(c.contacts)} (linear; the full count was not run)`,
		},
		{
			scenario: `${label}, memory growth during the node`,
			figure: `${(memoryBytes / 1048576).toFixed(0)} MiB`,
			target: '—',
			detail: `RSS growth of the n8n process while the node ran, median of ${c.runs} runs (the 100 000 items themselves were made upstream)`,
		},
	];
}
