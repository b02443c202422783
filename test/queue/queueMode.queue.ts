// Test code never ships: the nodes in n8n's queue mode (1 main, 2 workers, 2 webhook processes on PostgreSQL + Redis).
// Run with `npm run test:queue` (QUEUE_SCALE=ci for the reduced CI form); see README "Running at scale".
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';

import type { ExecutionRecord, N8nInstance } from '../../scripts/n8n-runtime';
import { getExecutions, importCredentials, importWorkflow, N8nRestSession, publishWorkflow, removeN8nInstance } from '../../scripts/n8n-runtime';
import type { Sandbox } from '../../sandbox';
import { demoAccount, startSandbox } from '../../sandbox';
import { EXAMPLE_CREDENTIAL, exampleWorkflow, expectCallDebtorsRun, expectWorkflowFromTemplateRun } from '../e2e/fixtures/examples';
import type { QueueCluster } from './cluster';
import { createQueueInstance, startQueueCluster } from './cluster';
import type { Service } from './services';
import { sql, startPostgres, startRedis } from './services';
import { callbacksWorkflow, CREDENTIAL_ID, dedupedWorkflow, REDIS_CREDENTIAL_ID, redisKeyedWorkflow, robotsWorkflow, startedByWebhook } from './workflows';

const CI = process.env.QUEUE_SCALE === 'ci';
const CALLBACKS = CI ? 200 : 1000;
const EVENTS = CI ? 40 : 200;
const REPEATS = 5;
const PARALLEL = 50;
const EXECUTIONS_FOR_LOGIN = 10;

const CALLBACKS_HOOK = 'a1b2c3d4-0000-4000-8000-00000000c001';
const DEDUPE_HOOK = 'a1b2c3d4-0000-4000-8000-00000000c002';
const REDIS_HOOK = 'a1b2c3d4-0000-4000-8000-00000000c003';
const ROBOTS_PATH = 'queue-robots';
const CALL_DEBTORS = exampleWorkflow('call-debtors.json');
const FROM_TEMPLATE = exampleWorkflow('workflow-from-template.json');

let postgres: Service & { database: string };
let redis: Service;
let instance: N8nInstance;
let cluster: QueueCluster;
let sandbox: Sandbox;
let marker: Server;
const marked: Record<string, string[]> = { removeDuplicates: [], redisKey: [] };
/** Figures for the report at the end (printed, and kept in the README by hand). */
const figures: Record<string, number | string> = {};

async function startMarker(): Promise<string> {
	marker = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://marker');
		(marked[url.pathname.slice(1)] ??= []).push(url.searchParams.get('key') ?? '');
		response.end('{}');
	});
	await new Promise<void>((resolve) => marker.listen(0, '127.0.0.1', resolve));
	return `http://127.0.0.1:${(marker.address() as AddressInfo).port}`;
}

beforeAll(async () => {
	[postgres, redis, sandbox] = await Promise.all([startPostgres(), startRedis(), startSandbox({ speed: 'manual' })]);
	const markerUrl = await startMarker();
	instance = await createQueueInstance(postgres.port, redis.port);
	const icallCredential = ({ id, name }: { id: string; name: string }) => ({
		id,
		name,
		type: 'iCallApi',
		data: { appKey: demoAccount.appKey, appSecret: demoAccount.appSecret, baseUrl: sandbox.url, token: '' },
	});
	await importCredentials(instance, [
		icallCredential({ id: CREDENTIAL_ID, name: 'iCall sandbox' }),
		// The examples' own credential: their logins do not touch the robots workflow's token.
		icallCredential(EXAMPLE_CREDENTIAL),
		{ id: REDIS_CREDENTIAL_ID, name: 'queue redis', type: 'redis', data: { host: '127.0.0.1', port: redis.port, database: 1, password: '' } },
	]);
	const workflows = [
		callbacksWorkflow(CALLBACKS_HOOK),
		dedupedWorkflow(DEDUPE_HOOK, `${markerUrl}/removeDuplicates`),
		redisKeyedWorkflow(REDIS_HOOK, `${markerUrl}/redisKey`),
		robotsWorkflow(ROBOTS_PATH),
		startedByWebhook(CALL_DEBTORS, 'queue-call-debtors'),
		startedByWebhook(FROM_TEMPLATE, 'queue-workflow-from-template'),
	];
	for (const workflow of workflows) {
		await publishWorkflow(instance, await importWorkflow(instance, workflow));
	}
	cluster = await startQueueCluster(instance);
	// Published workflows register their webhooks while main starts; give the webhook processes a moment.
	await waitFor(async () => (await post(0, `${CALLBACKS_HOOK}/webhook`, { probe: true })) === 200, 60_000);
	await waitFor(async () => (await post(1, `${CALLBACKS_HOOK}/webhook`, { probe: true })) === 200, 60_000);
	await settle('queueCallbacks001', 2);
}, 600_000);

afterAll(async () => {
	process.stdout.write(`queue-mode figures: ${JSON.stringify(figures)}\n`);
	await cluster?.stop();
	await sandbox?.close();
	await new Promise((resolve) => marker?.close(resolve));
	await Promise.all([postgres?.stop(), redis?.stop()]);
	if (instance) removeN8nInstance(instance);
}, 120_000);

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!(await check().catch(() => false))) {
		if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

/** POSTs to one of the two webhook processes; returns the HTTP status. */
async function post(webhookProcess: number, path: string, body: unknown): Promise<number> {
	const { port } = cluster.webhooks[webhookProcess % 2];
	const response = await fetch(`http://127.0.0.1:${port}/webhook/${path}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body),
	});
	await response.arrayBuffer();
	return response.status;
}

async function inParallel<T>(count: number, parallel: number, send: (index: number) => Promise<T>): Promise<T[]> {
	const results: T[] = new Array(count);
	let next = 0;
	await Promise.all(
		Array.from({ length: parallel }, async () => {
			while (next < count) {
				const index = next++;
				results[index] = await send(index);
			}
		}),
	);
	return results;
}

function finishedExecutions(workflowId: string): { total: number; success: number } {
	const [line] = sql(postgres.port, `SELECT count(*) FILTER (WHERE finished OR status IN ('success','error','crashed')), count(*) FILTER (WHERE status = 'success') FROM execution_entity WHERE "workflowId" = '${workflowId}'`);
	const [total, success] = line.split('\t').map(Number);
	return { total, success };
}

async function settle(workflowId: string, expectedAtLeast: number): Promise<{ total: number; success: number }> {
	await waitFor(async () => finishedExecutions(workflowId).total >= expectedAtLeast, 300_000);
	// A few more seconds: anything still queued would show up now.
	await new Promise((resolve) => setTimeout(resolve, 3000));
	return finishedExecutions(workflowId);
}

const callbackBody = (index: number) => ({
	TaskID: 'queue-task',
	CallID: `queue-call-${index}`,
	Callee: `+62812${String(index).padStart(7, '0')}`,
	CallStatus: 'Answered',
	EndTime: '2026-11-30 10:00:00',
});

test(`${CALLBACKS} callbacks at ${PARALLEL} in parallel over both webhook processes: ${CALLBACKS} executions, 0 lost`, async () => {
	const before = finishedExecutions('queueCallbacks001').total;
	const statuses = await inParallel(CALLBACKS, PARALLEL, async (index) => await post(index, `${CALLBACKS_HOOK}/webhook`, callbackBody(index)));
	expect(statuses.filter((status) => status !== 200)).toEqual([]);
	const { total, success } = await settle('queueCallbacks001', before + CALLBACKS);
	figures.callbacksSent = CALLBACKS;
	figures.callbackExecutions = total - before;
	expect(total - before).toBe(CALLBACKS);
	expect(success).toBe(total);
}, 900_000);

/** Every event delivered REPEATS times, all deliveries at once, alternating between the two webhook processes. */
async function deliverRepeats(hook: string, workflowId: string): Promise<number> {
	const deliveries = Array.from({ length: EVENTS * REPEATS }, (_, delivery) => delivery % EVENTS);
	const statuses = await inParallel(deliveries.length, PARALLEL, async (delivery) => await post(delivery, `${hook}/webhook`, callbackBody(100_000 + deliveries[delivery])));
	expect(statuses.filter((status) => status !== 200)).toEqual([]);
	return (await settle(workflowId, deliveries.length)).total;
}

describe(`${EVENTS} events x ${REPEATS} deliveries, concurrently over both webhook processes`, () => {
	test("the trigger alone is at-least-once; n8n's Remove Duplicates removes sequential repeats (its concurrent figure is recorded)", async () => {
		const executions = await deliverRepeats(DEDUPE_HOOK, 'queueDedupe00001');
		figures.repeatDeliveries = EVENTS * REPEATS;
		figures.repeatExecutions = executions;
		figures.removeDuplicatesLetThrough = marked.removeDuplicates.length;
		figures.removeDuplicatesDistinct = new Set(marked.removeDuplicates).size;
		expect(executions).toBe(EVENTS * REPEATS);
		expect(new Set(marked.removeDuplicates).size).toBe(EVENTS);
		// Sequentially it does work: a repeat sent after its first delivery finished is removed. A new event,
		// because the concurrent deliveries above may have lost one of their keys in n8n's history (the
		// lost update that lets concurrent repeats through), and a repeat of that event would pass again.
		const sequentialEvent = callbackBody(200_000);
		expect(await post(0, `${DEDUPE_HOOK}/webhook`, sequentialEvent)).toBe(200);
		await settle('queueDedupe00001', EVENTS * REPEATS + 1);
		const before = marked.removeDuplicates.length;
		expect(marked.removeDuplicates.filter((key) => key === sequentialEvent.CallID)).toEqual([sequentialEvent.CallID]);
		expect(await post(0, `${DEDUPE_HOOK}/webhook`, sequentialEvent)).toBe(200);
		await settle('queueDedupe00001', EVENTS * REPEATS + 2);
		figures.removeDuplicatesSequentialRepeatLetThrough = marked.removeDuplicates.length - before;
		expect(marked.removeDuplicates.length - before).toBe(0);
	}, 900_000);

	test('an event key counted atomically in Redis lets each event through exactly once', async () => {
		const executions = await deliverRepeats(REDIS_HOOK, 'queueRedisKey001');
		figures.redisKeyExecutions = executions;
		figures.redisKeyLetThrough = marked.redisKey.length;
		expect(executions).toBe(EVENTS * REPEATS);
		expect(marked.redisKey.length).toBe(EVENTS);
		expect(new Set(marked.redisKey).size).toBe(EVENTS);
	}, 900_000);
});

/** Executions each worker has started so far, from its log. */
const startedPerWorker = () => cluster.workers.map((worker) => (worker.output().match(/Worker started execution/g) ?? []).length);

test(`${EXECUTIONS_FOR_LOGIN} executions spread over 2 workers make 1 login`, async () => {
	const loginsBefore = sandbox.log.count('auth');
	const startedBefore = startedPerWorker();
	// The first execution finds the credential without a token and logs in; n8n stores the token in
	// its database. The other nine, spread over both workers, read it from there.
	expect(await post(0, ROBOTS_PATH, { run: 0 })).toBe(200);
	await settle('queueRobots00001', 1);
	const statuses = await inParallel(EXECUTIONS_FOR_LOGIN - 1, EXECUTIONS_FOR_LOGIN, async (run) => await post(run + 1, ROBOTS_PATH, { run: run + 1 }));
	expect(statuses.every((status) => status === 200)).toBe(true);
	const { total, success } = await settle('queueRobots00001', EXECUTIONS_FOR_LOGIN);
	const perWorker = startedPerWorker().map((count, worker) => count - startedBefore[worker]);
	figures.robotExecutions = total;
	figures.loginsForThem = sandbox.log.count('auth') - loginsBefore;
	figures.executionsPerWorker = perWorker.join('/');
	expect(success).toBe(EXECUTIONS_FOR_LOGIN);
	expect(sandbox.log.count('robotGetMany')).toBeGreaterThanOrEqual(EXECUTIONS_FOR_LOGIN);
	expect(sandbox.log.count('auth') - loginsBefore).toBe(1);
	expect(perWorker.every((count) => count > 0)).toBe(true);
}, 600_000);

/** Starts a project example through a webhook process and returns its run, which one worker did. */
async function runExampleOnWorker(workflow: typeof CALL_DEBTORS, path: string, whileRunning: () => Promise<void>): Promise<ExecutionRecord> {
	const startedBefore = startedPerWorker();
	const started = Date.now();
	expect(await post(0, path, {})).toBe(200);
	await whileRunning();
	const { total, success } = await settle(workflow.id!, 1);
	figures[`${path}Seconds`] = Math.round((Date.now() - started) / 1000);
	expect({ total, success }).toEqual({ total: 1, success: 1 });
	const workerRuns = startedPerWorker().map((count, worker) => count - startedBefore[worker]);
	expect(workerRuns.reduce((sum, count) => sum + count, 0)).toBe(1);
	const session = await N8nRestSession.open(cluster.main.baseUrl);
	const [execution] = await getExecutions(instance, session, workflow.id!);
	expect(execution.status).toBe('success');
	return execution;
}

describe('the examples, each run once on a worker', () => {
	test('call-debtors.json: one task of 50 calls, its 50 detail rows and a recording downloaded', async () => {
		const execution = await runExampleOnWorker(CALL_DEBTORS, 'queue-call-debtors', async () => {
			// The example waits 5 s for the robot: the sandbox's manual clock lets the 50 calls end meanwhile.
			await waitFor(async () => sandbox.log.count('taskCreate') === 1, 120_000);
			await sandbox.clock.runUntilIdle();
		});
		expectCallDebtorsRun(execution, sandbox);
	}, 300_000);

	test('workflow-from-template.json: one workflow of 30 contacts from template 102', async () => {
		const execution = await runExampleOnWorker(FROM_TEMPLATE, 'queue-workflow-from-template', async () => {});
		expectWorkflowFromTemplateRun(execution, sandbox);
	}, 300_000);
});
