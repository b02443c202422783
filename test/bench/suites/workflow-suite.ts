// Dev tooling (benchmarks); never shipped in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-globals */
// 100 000 contacts into 10 workflows: one n8n server, one sandbox at the bench latency.
import { conventions } from '../../../sandbox/contract';
import type { N8nRuntime } from '../../../scripts/n8n-runtime/index';
import { TestClient } from '../../sandbox/client';
import { startBenchN8n } from '../lib/bench-n8n';
import { INJECTED_LATENCY_MS, prepareSandbox } from '../lib/bench-sandbox';
import { progress, type ResultRow } from '../lib/result';
import { measureWorkflowUpload } from '../scenarios/workflow-upload';
import { credentialRef, iCallCredential } from '../workflows/building-blocks';
import { BENCH_TEMPLATE_ID, workflowUploadThroughHttpRequest, workflowUploadThroughOurNode } from '../workflows/workflow-upload';

const CONTACTS = 100_000;
/** Our node's default "Parallel Requests". */
const PARALLEL = 5;
/** Contacts the one-request-per-contact side sends; its time is scaled to CONTACTS. */
const HTTP_SAMPLE = 5_000;
/** Measured runs of our node; the row shows their median. */
const RUNS = 5;

/** The workflow the HTTP Request node adds its contacts to, made straight on the sandbox. */
async function targetWorkflow(client: TestClient, endTime: string): Promise<string> {
	const data = (await client.data('workflowCreate', { templateId: Number(BENCH_TEMPLATE_ID), name: 'Bench per-contact target', endTime })) as Record<string, string>;
	return data.workflow_id;
}

function tomorrowUtc8(now: number): string {
	const text = new Date(now + 86_400_000 + 8 * 3_600_000).toISOString();
	return `${text.slice(0, 10)} ${text.slice(11, 19)}+08:00`;
}

export async function runWorkflowScenarios(runtime: N8nRuntime, tarball: string): Promise<ResultRow[]> {
	const api = await prepareSandbox(1);
	api.sandbox.faults.clear();
	const client = new TestClient(api.sandbox);
	await client.login();
	const workflowId = await targetWorkflow(client, tomorrowUtc8(api.sandbox.clock.now()));
	// The ideal counts latency only, so the sandbox works on each body while its answer waits (see faults.ts).
	api.sandbox.faults.set({ latencyMs: INJECTED_LATENCY_MS, latencyWhileProcessing: true });
	const credential = iCallCredential('benchWorkflowCred', api.sandbox.url);
	const ref = credentialRef(credential);
	const ours = workflowUploadThroughOurNode('benchWfUploadOurs', CONTACTS, ref, PARALLEL);
	const http = workflowUploadThroughHttpRequest('benchWfUploadHttp', HTTP_SAMPLE, ref, api.sandbox.url, workflowId);
	progress(`starting n8n for the workflow upload (${conventions.workflowLimits.contactsPerRequest} per request)`);
	const env = JSON.parse(process.env.BENCH_N8N_ENV ?? '{}') as Record<string, string>;
	const bench = await startBenchN8n({ runtime, tarball, credentials: [credential], workflows: [ours.workflow, http.workflow], env });
	try {
		return await measureWorkflowUpload(bench, api, {
			contacts: CONTACTS,
			perRequest: conventions.workflowLimits.contactsPerRequest,
			perWorkflow: conventions.workflowLimits.contactsPerWorkflow,
			parallel: PARALLEL,
			ours,
			http,
			sample: HTTP_SAMPLE,
			runs: RUNS,
		});
	} finally {
		await bench.stop();
		await api.sandbox.close();
	}
}
