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

interface RunCounts {
	creates: number;
	adds: number;
	/** Contacts stored in each workflow the run made. */
	stored: number[];
}

function countsSoFar(api: PreparedSandbox): { creates: number; adds: number; workflows: number } {
	return { creates: api.sandbox.log.count('workflowCreate'), adds: api.sandbox.log.count('workflowContactAdd'), workflows: api.sandbox.state.workflows().length };
}

/** What one run sent and stored (the sandbox lists workflows newest first). */
function countsOfRun(api: PreparedSandbox, before: ReturnType<typeof countsSoFar>): RunCounts {
	const now = countsSoFar(api);
	const made = api.sandbox.state.workflows().slice(0, now.workflows - before.workflows);
	return { creates: now.creates - before.creates, adds: now.adds - before.adds, stored: made.map((workflow) => workflow.contacts.length) };
}

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
	const durations: number[] = [];
	const memory: number[] = [];
	const sent: RunCounts[] = [];
	for (let run = 0; run < c.runs; run++) {
		const before = countsSoFar(api);
		bench.memory.startSampling();
		try {
			const timing = nodeTiming(await runViaWebhook(bench, c.ours.workflow.id as string, c.ours.path), MEASURED);
			durations.push(timing.durationMs);
			memory.push(bench.memory.growthDuring(timing.startedAt, timing.startedAt + timing.durationMs));
		} finally {
			bench.memory.stopSampling();
		}
		sent.push(countsOfRun(api, before));
	}
	const ours = spreadOf(durations);
	const memoryBytes = spreadOf(memory).median;
	// Every run is checked on its own: one run's loss is not hidden by another's surplus.
	const last = sent[sent.length - 1];
	const requests = Math.ceil(c.contacts / c.perRequest);
	const everyRunComplete = sent.every((run) => run.creates + run.adds === requests && run.stored.reduce((sum, count) => sum + count, 0) === c.contacts);
	const stored = last.stored.reduce((sum, count) => sum + count, 0);
	progress(`workflow upload: ${sent.map((run) => `${run.creates}+${run.adds}`).join(', ')} requests in the runs; node times ${durations.join(', ')} ms`);

	const httpRun = await runViaWebhook(bench, c.http.workflow.id as string, c.http.path);
	const http = nodeTiming(httpRun, MEASURED);
	const httpFull = (http.durationMs / c.sample) * c.contacts;
	progress(`workflow upload, HTTP Request node: ${c.sample} contacts in ${http.durationMs} ms`);

	const idealMs = Math.ceil(requests / c.parallel) * INJECTED_LATENCY_MS;
	const vsIdeal = ours.median / idealMs;
	const faster = httpFull / ours.median;
	const ratio = (ms: number) => (ms / idealMs).toFixed(2);
	const label = `${WORKFLOW_UPLOAD_PREFIX} ${n(c.contacts)} contacts into ${Math.ceil(c.contacts / c.perWorkflow)} workflows (chunks of ${n(c.perRequest)}, ${c.parallel} in parallel)`;
	return [
		{
			scenario: `${label}, requests sent and contacts stored`,
			figure: `${last.creates + last.adds} requests (${last.creates} create + ${last.adds} add); ${n(stored)} contacts stored`,
			target: `⌈N/${n(c.perRequest)}⌉ = ${requests}; ${n(c.contacts)} stored`,
			met: everyRunComplete,
			detail: `the last run made ${last.stored.length} workflows of ${last.stored.join(', ')} contacts; ${everyRunComplete ? `each of the ${c.runs} runs sent and stored all` : 'NOT every run sent and stored all'}`,
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
