// Dev tooling (benchmarks); never shipped in the n8n package.
import { sleep } from 'n8n-workflow';

import { getExecution, type ExecutionRecord, type ExecutionSummary } from '../../../scripts/n8n-runtime';
import type { BenchN8n } from './bench-n8n';

/** What n8n itself recorded about one node's run (no process start-up, no webhook round trip). */
export interface NodeTiming {
	startedAt: number;
	durationMs: number;
	outputItems: number;
}

export interface WebhookRun {
	/** From sending the webhook to its answer (the workflow answers when its last node is done). */
	wallMs: number;
	executionId: string;
	status: string;
	record?: ExecutionRecord;
}

interface NodeRunRecord {
	startTime: number;
	executionTime: number;
	data?: { main?: Array<unknown[] | null> };
	error?: { message: string };
}

/**
 * Starts a workflow through its production webhook and waits for it. Every bench workflow starts
 * with a Webhook node answering "when the last node finishes", so the answer marks the end.
 */
export async function runViaWebhook(
	bench: BenchN8n,
	workflowId: string,
	webhookPath: string,
	{ withRecord = true, body = {} as unknown } = {},
): Promise<WebhookRun> {
	const started = Date.now();
	const response = await fetch(bench.server.webhookUrl(webhookPath), {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body),
	});
	const answer = await response.text();
	const wallMs = Date.now() - started;
	if (!response.ok) {
		const failed = await newestExecution(bench, workflowId);
		const record = failed ? await getExecution(bench.instance, bench.session, failed.id) : undefined;
		const error = record?.data.resultData.error;
		const where = error?.node?.name ? ` in node "${error.node.name}"` : '';
		throw new Error(`webhook ${webhookPath} answered HTTP ${response.status} (${answer.slice(0, 200)}): ${error?.message ?? 'no run error'}${where} ${error?.description ?? ''}`);
	}
	const latest = await latestFinished(bench, workflowId);
	const record = withRecord ? await getExecution(bench.instance, bench.session, latest.id) : undefined;
	const failure = record?.data.resultData.error?.message;
	if (latest.status !== 'success' || failure) {
		throw new Error(`execution ${latest.id} of ${workflowId} ended ${latest.status}: ${failure ?? 'no message'}`);
	}
	return { wallMs, executionId: latest.id, status: latest.status, record };
}

const UNFINISHED = new Set(['new', 'running', 'waiting']);

/**
 * Adapter: the runtime library's `listExecutions` asks for 250 rows, and n8n 2.41 refuses any
 * limit over 100 (HTTP 400). The bench only needs the newest execution.
 */
async function newestExecution(bench: BenchN8n, workflowId: string): Promise<ExecutionSummary | undefined> {
	const filter = encodeURIComponent(JSON.stringify({ workflowId }));
	const page = await bench.session.request<{ results: ExecutionSummary[] }>('GET', `/executions?filter=${filter}&limit=1`);
	return page.results[0];
}

/** n8n may answer the webhook before it has saved the execution; wait for the saved record. */
async function latestFinished(bench: BenchN8n, workflowId: string) {
	const deadline = Date.now() + 60000;
	for (;;) {
		const latest = await newestExecution(bench, workflowId);
		if (latest && !UNFINISHED.has(latest.status)) return latest;
		if (Date.now() > deadline) throw new Error(`workflow ${workflowId}: no finished execution after 60 s`);
		await sleep(50);
	}
}

export function nodeTiming(run: WebhookRun, nodeName: string): NodeTiming {
	const runs = run.record?.data.resultData.runData[nodeName] as unknown as NodeRunRecord[] | undefined;
	const last = runs?.[runs.length - 1];
	if (!last) throw new Error(`node "${nodeName}" did not run in execution ${run.executionId}`);
	if (last.error) throw new Error(`node "${nodeName}" failed: ${last.error.message}`);
	return {
		startedAt: last.startTime,
		durationMs: last.executionTime,
		outputItems: last.data?.main?.[0]?.length ?? 0,
	};
}
