// Dev tooling (e2e tests, `npm start`); never shipped in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports */
import { createRequire } from 'module';
import * as path from 'path';

import type { WorkflowRun } from './execute-output';
import type { N8nInstance } from './instance';
import { sleep } from './process-utils';
import type { N8nRestSession } from './rest-session';

export interface ExecutionSummary {
	id: string;
	workflowId: string;
	status: string;
	mode: string;
	startedAt: string;
	stoppedAt?: string;
}

export interface ExecutionRecord extends ExecutionSummary {
	/** The run data (same shape as `n8n execute` prints under `data`). */
	data: WorkflowRun['data'];
}

/** n8n's stored executions of one workflow, newest first (the internal API caps a page at 100). */
export async function listExecutions(
	session: N8nRestSession,
	workflowId: string,
): Promise<ExecutionSummary[]> {
	const filter = encodeURIComponent(JSON.stringify({ workflowId }));
	const page = await session.request<{ results: ExecutionSummary[] }>(
		'GET',
		`/executions?filter=${filter}&limit=100`,
	);
	return page.results;
}

/**
 * The internal API returns execution data serialized with `flatted` (JSON that keeps circular
 * references), as n8n stores it. We parse it with the flatted copy inside the n8n runtime, so
 * the format always matches the n8n version and the project needs no extra dependency.
 */
function flattedParser(instance: N8nInstance): (text: string) => unknown {
	const requireFromN8n = createRequire(path.join(instance.runtime.root, 'node_modules', 'n8n', 'package.json'));
	return (requireFromN8n('flatted') as { parse: (text: string) => unknown }).parse;
}

export async function getExecution(
	instance: N8nInstance,
	session: N8nRestSession,
	executionId: string,
): Promise<ExecutionRecord> {
	const raw = await session.request<ExecutionSummary & { data: string }>('GET', `/executions/${executionId}`);
	return { ...raw, data: flattedParser(instance)(raw.data) as WorkflowRun['data'] };
}

/** Every finished execution of the workflow with its data, oldest first. */
export async function getExecutions(
	instance: N8nInstance,
	session: N8nRestSession,
	workflowId: string,
): Promise<ExecutionRecord[]> {
	const summaries = (await listExecutions(session, workflowId)).reverse();
	return await Promise.all(summaries.map(async (summary) => await getExecution(instance, session, summary.id)));
}

const UNFINISHED = new Set(['new', 'running', 'waiting']);

/**
 * Waits until the workflow has at least `count` finished executions, then lingers briefly to
 * catch extra ones (a test asserting "exactly 3" must not pass just because it looked early).
 */
export async function waitForExecutions(
	session: N8nRestSession,
	workflowId: string,
	count: number,
	{ timeoutMs = 30000, settleMs = 1500 } = {},
): Promise<ExecutionSummary[]> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const executions = await listExecutions(session, workflowId);
		const finished = executions.filter((execution) => !UNFINISHED.has(execution.status));
		if (finished.length >= count) {
			await sleep(settleMs);
			return await listExecutions(session, workflowId);
		}
		if (Date.now() > deadline) {
			throw new Error(
				`expected ${count} finished executions of ${workflowId}, found ${finished.length} after ${timeoutMs} ms`,
			);
		}
		await sleep(300);
	}
}

/**
 * Waits until `count` finished executions of the workflow satisfy `matches`, and returns those.
 * Counting all executions instead can be fooled by one of an earlier step that is saved late.
 */
export async function waitForMatchingExecutions(
	instance: N8nInstance,
	session: N8nRestSession,
	workflowId: string,
	matches: (execution: ExecutionRecord) => boolean,
	count: number,
	{ timeoutMs = 30000 } = {},
): Promise<ExecutionRecord[]> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const finished = (await listExecutions(session, workflowId)).filter((execution) => !UNFINISHED.has(execution.status));
		const records = await Promise.all(finished.map(async (summary) => await getExecution(instance, session, summary.id)));
		const matching = records.filter(matches);
		if (matching.length >= count) return matching;
		if (Date.now() > deadline) throw new Error(`expected ${count} matching executions of ${workflowId}, found ${matching.length} after ${timeoutMs} ms`);
		await sleep(500);
	}
}
