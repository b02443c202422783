// Dev tooling (benchmarks); never shipped in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-globals */
// Logins, per-item overhead, big task and trigger throughput: one n8n server, one sandbox.
import type { N8nRuntime } from '../../../scripts/n8n-runtime';
import { startBenchN8n } from '../lib/bench-n8n';
import { prepareSandbox } from '../lib/bench-sandbox';
import { progress, type ResultRow } from '../lib/result';
import { measureBigTask } from '../scenarios/big-task';
import { LOGIN_CONCURRENCY, LOGIN_ITEMS, measureLogins } from '../scenarios/logins';
import { measurePerItem } from '../scenarios/per-item';
import { measureTriggerThroughput } from '../scenarios/trigger-throughput';
import { credentialRef, iCallCredential } from '../workflows/building-blocks';
import {
	bigTaskThroughHttpRequest,
	bigTaskThroughOurNode,
	detailsThroughHttpRequest,
	detailsThroughOurNode,
	ourTriggerReceiver,
	plainWebhookReceiver,
} from '../workflows/scenario-workflows';

const BIG_TASK_SIZES = [5000, 50000];
/** The HTTP Request node sends every item's request at once; our node is set to match. */
const ALL_AT_ONCE = LOGIN_ITEMS;
/** The highest "Parallel Requests" the editor offers. */
const EDITOR_MAXIMUM = 50;

const LAZY_ISOLATES = 'N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE=true';

/** BENCH_SCENARIOS=logins,perItem,bigTask,trigger limits a run (while working on one); default all. */
function wanted(name: string): boolean {
	const list = process.env.BENCH_SCENARIOS;
	return !list || list.split(',').includes(name);
}

export async function runApiScenarios(runtime: N8nRuntime, tarball: string, pairs: number): Promise<ResultRow[]> {
	// One task with a single answered call: every read returns one row, like the HTTP Request node's one answer.
	const api = await prepareSandbox(1);
	const credential = iCallCredential('benchApiCred0001', api.sandbox.url);
	const ref = credentialRef(credential);
	const taskId = api.taskId;
	const logins = detailsThroughOurNode('benchLogins00001', LOGIN_ITEMS, taskId, ref, LOGIN_CONCURRENCY);
	const oursAllAtOnce = detailsThroughOurNode('benchItemsOurs01', LOGIN_ITEMS, taskId, ref, ALL_AT_ONCE);
	const oursEditorMax = detailsThroughOurNode('benchItemsOurs02', LOGIN_ITEMS, taskId, ref, EDITOR_MAXIMUM);
	const httpReads = detailsThroughHttpRequest('benchItemsHttp01', LOGIN_ITEMS, taskId, ref, api.sandbox.url);
	const bigTasks = BIG_TASK_SIZES.map((items, index) => ({
		items,
		ours: bigTaskThroughOurNode(`benchBigOurs000${index}`, items, ref),
		http: bigTaskThroughHttpRequest(`benchBigHttp000${index}`, items, ref, api.sandbox.url),
	}));
	const ourTrigger = ourTriggerReceiver('benchTrigOurs001');
	const plainWebhook = plainWebhookReceiver('benchTrigPlain01');

	progress('starting n8n for the API scenarios');
	let bench = await startBenchN8n({
		runtime,
		tarball,
		credentials: [credential],
		// n8n 2.41 evaluates expressions in an isolate capped at 128 MB: the HTTP Request node cannot
		// take the 50 000-callee body from `{{ $json }}` under that cap ("Expression exceeded memory
		// limit"). Raised for the B side only in effect: our node's parameters are constants.
		// BENCH_N8N_ENV='{"N8N_EXPRESSION_ENGINE":"legacy"}' tests a cause (partial runs only).
		env: { N8N_EXPRESSION_ENGINE_MEMORY_LIMIT: '1024', ...(JSON.parse(process.env.BENCH_N8N_ENV ?? '{}') as Record<string, string>) },
		workflows: [
			logins.workflow,
			oursAllAtOnce.workflow,
			oursEditorMax.workflow,
			httpReads.workflow,
			...bigTasks.flatMap((big) => [big.ours.workflow, big.http.workflow]),
			ourTrigger.workflow,
			plainWebhook.workflow,
		],
	});
	try {
		const rows: ResultRow[] = [];
		// First: the credential has no token yet, and the count must include the first login.
		if (wanted('logins')) rows.push(...(await measureLogins(bench, api, logins)));
		if (wanted('perItem')) {
			rows.push(
				await measurePerItem(bench, { label: 'same concurrency (all 1 000 in flight on both sides)', ours: oursAllAtOnce, http: httpReads, target: 1.1 }, pairs),
			);
			rows.push(
				await measurePerItem(bench, { label: `iCall node at the editor's maximum of ${EDITOR_MAXIMUM} in parallel`, ours: oursEditorMax, http: httpReads }, pairs),
			);
		}
		if (wanted('bigTask')) {
			for (const big of bigTasks) {
				// Memory is read as RSS growth. Memory that earlier runs freed stays with the process and
				// is handed out again without growing RSS, which hides what a node allocates (at 5 000
				// items the bare POST grew the process by 26–33 MiB on a fresh server and by 1–2 MiB after
				// the other scenarios). A fresh server per size gives both sides the same clean start.
				progress(`restarting n8n for a clean memory baseline (${big.items} items)`);
				bench = await bench.restart({});
				rows.push(...(await measureBigTask(bench, api, big.items, big.ours, big.http, pairs)));
			}
		}
		if (wanted('trigger')) {
			rows.push(...(await measureTriggerThroughput(bench, api, ourTrigger, plainWebhook, pairs)));
			// The same pairs with n8n creating an expression isolate only when an expression needs
			// one: what is left of the gap once n8n stops charging every trigger an isolate.
			progress(`restarting n8n with ${LAZY_ISOLATES}`);
			bench = await bench.restart({ N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: 'true' });
			rows.push(...(await measureTriggerThroughput(bench, api, ourTrigger, plainWebhook, pairs, LAZY_ISOLATES)));
		}
		return rows;
	} finally {
		await bench.stop();
		await api.sandbox.close();
	}
}
