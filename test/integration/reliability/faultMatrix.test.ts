// Test code never ships: what the node does under each kind of fault, with the figures RELIABILITY.md prints.
/* eslint-disable @n8n/community-nodes/no-restricted-imports */
import { createServer, type AddressInfo, type Socket } from 'node:net';
import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import type { FaultSpec } from '../../../sandbox';
import type { ICallFixture } from '../icallFixture';
import { byId, CREDENTIAL, debtors, startFixture } from '../icallFixture';
import type { FaultResult } from './results';
import { saveResults } from './results';

let fx: ICallFixture;
let taskId: string;
const results: FaultResult[] = [];
const EXPECTED_ROWS = 10;

beforeAll(async () => {
	fx = await startFixture();
	const [created] = await fx.run(
		{ resource: 'task', operation: 'create', taskName: 'matrix', robot: byId('robot-collection-01'), contactsSource: 'items', phoneNumberField: 'phone' },
		debtors(5, 500),
	);
	taskId = String(created.json.TaskID);
	await fx.sandbox.clock.runUntilIdle();
});
afterAll(async () => {
	await fx.sandbox.close();
	if (results.length === EXPECTED_ROWS) saveResults('faults', results);
});
afterEach(() => {
	fx.sandbox.faults.clear();
	fx.sandbox.log.onEntry(() => undefined);
});

const totalRequests = () => Object.values(fx.sandbox.log.counts()).reduce((sum, count) => sum + count, 0);

/** Task names that AIRudder holds more than once. */
function duplicateTasks(prefix: string): number {
	const names = fx.sandbox.state.tasks().map((task) => task.name).filter((name) => name.startsWith(prefix));
	return names.length - new Set(names).size;
}

interface Measured {
	output: INodeExecutionData[];
	requests: number;
	logins: number;
	seconds: number;
}

async function measure(parameters: INodeParameters, items: INodeExecutionData[]): Promise<Measured> {
	const requests = totalRequests();
	const logins = fx.logins();
	const started = Date.now();
	const output = await fx.run(parameters, items, true);
	return { output, requests: totalRequests() - requests, logins: fx.logins() - logins, seconds: (Date.now() - started) / 1000 };
}

function record(fault: string, operation: string, items: number, measured: Measured, duplicates: number, note: string): FaultResult {
	const errorItems = measured.output.filter((item) => item.json.error !== undefined).length;
	const row: FaultResult = {
		fault,
		operation,
		items,
		succeeded: items - errorItems,
		errorItems,
		requests: measured.requests,
		duplicates,
		logins: measured.logins,
		seconds: Math.round(measured.seconds * 100) / 100,
		note,
	};
	results.push(row);
	return row;
}

const empty = (count: number) => Array.from({ length: count }, () => ({ json: {} }));
const read = () => ({ resource: 'task', operation: 'get', task: byId(taskId), returnAll: true });

describe('reads', () => {
	it.each<[string, FaultSpec]>([
		['20 % HTTP 5xx', { serverErrorRate: 0.2 }],
		['20 % connection resets', { resetRate: 0.2 }],
		['20 % HTTP 429 with Retry-After', { tooManyRequestsRate: 0.2, retryAfterSeconds: 0 }],
	])('%s: every item succeeds', async (fault, spec) => {
		fx.sandbox.faults.set(spec, 'taskGet');
		const row = record(fault, 'Task: Get', 100, await measure(read(), empty(100)), 0, 'retried with backoff; reads are safe to repeat');
		expect(row.errorItems).toBe(0);
		expect(row.requests).toBeGreaterThan(100);
	});

	it('plain-text HTTP 502 from a gateway: an error that says so', async () => {
		fx.sandbox.faults.set({ serverErrorRate: 1, serverErrorStatus: 502, serverErrorAsText: true }, 'taskGet');
		const measured = await measure({ ...read(), requestOptions: { maxRetries: 1, retryBaseDelayMs: 1 } }, empty(2));
		record('plain-text HTTP 502', 'Task: Get', 2, measured, 0, 'error names HTTP 502 and the body, not "Cannot reach"');
		expect(String(measured.output[0].json.error)).toMatch(/^AIRudder answered HTTP 502 with a body that is not JSON: <html>/);
	});
});

describe('writes', () => {
	it('30 % HTTP 429 on creates: each task created exactly once', async () => {
		fx.sandbox.faults.set({ tooManyRequestsRate: 0.3, retryAfterSeconds: 0 }, 'taskCreate');
		const items = Array.from({ length: 10 }, (_, index) => ({ json: { name: `m429_${index}` } }));
		const parameters = { resource: 'task', operation: 'create', taskName: '={{ $json.name }}', robot: byId('robot-collection-01'), contactsSource: 'list', contacts: { contact: [{ phoneNumber: '+6281200000901' }] } };
		const row = record('30 % HTTP 429', 'Task: Create', 10, await measure(parameters, items), duplicateTasks('m429_'), 'a refused write is safe to repeat');
		expect(row.errorItems).toBe(0);
		expect(row.duplicates).toBe(0);
	});

	it.each(['http500', 'reset'] as const)('write applied, then %s: no duplicate, the task is found by its name', async (failAfterCommit) => {
		fx.sandbox.faults.set({ failAfterCommit }, 'taskCreate');
		const prefix = `applied_${failAfterCommit}_`;
		const items = Array.from({ length: 5 }, (_, index) => ({ json: { name: `${prefix}${index}` } }));
		const parameters = { resource: 'task', operation: 'create', taskName: '={{ $json.name }}', robot: byId('robot-collection-01'), contactsSource: 'list', contacts: { contact: [{ phoneNumber: '+6281200000902' }] } };
		const measured = await measure(parameters, items);
		const row = record(`write applied, then ${failAfterCommit === 'http500' ? 'HTTP 500' : 'connection reset'}`, 'Task: Create', 5, measured, duplicateTasks(prefix), 'never repeated; looked up by name: 0 lost');
		expect(row.duplicates).toBe(0);
		expect(row.errorItems).toBe(0);
		expect(fx.sandbox.state.tasks().filter((task) => task.name.startsWith(prefix))).toHaveLength(5);
		for (const item of measured.output) expect(item.json).toMatchObject({ foundAfterLostAnswer: true, TaskName: expect.stringMatching(prefix) });
	});
});

describe.each(['http401', 'body401'] as const)('token expiry (%s)', (tokenExpiryAs) => {
	it('50 requests in flight: one login', async () => {
		fx.sandbox.faults.set({ tokenExpiryAs, latencyMs: 25 });
		await fx.run({ resource: 'robot', operation: 'getMany', returnAll: true });
		let answered = 0;
		fx.sandbox.log.onEntry((entry) => {
			if (entry.endpointId === 'taskGet' && ++answered === 100) fx.sandbox.expireAllTokens();
		});
		const row = record(`token expiry (${tokenExpiryAs === 'http401' ? 'HTTP 401' : 'HTTP 200 + code 401'}), 50 in flight`, 'Task: Get', 200, await measure({ ...read(), requestOptions: { concurrency: 50 } }, empty(200)), 0, 'one re-login; the others wait and repeat once');
		expect(row.errorItems).toBe(0);
		expect(row.logins).toBe(1);
	});
});

it('silent host: every item fails within timeout x attempts, naming the host', async () => {
	const sockets = new Set<Socket>();
	const silent = createServer((socket) => void sockets.add(socket));
	await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
	const stored = fx.credentials.storedData(CREDENTIAL);
	const host = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
	fx.credentials.setStoredData(CREDENTIAL, { ...stored, baseUrl: host, token: 'stored-token' });
	try {
		const measured = await measure({ ...read(), requestOptions: { timeoutSeconds: 0.2, maxRetries: 2, retryBaseDelayMs: 1, concurrency: 5 } }, empty(5));
		const row = record('silent host (timeout 0.2 s, 3 attempts)', 'Task: Get', 5, measured, 0, 'bounded by Timeout x attempts (the requests went to the silent host, not the sandbox)');
		expect(row.errorItems).toBe(5);
		expect(row.seconds).toBeLessThan(0.2 * 3 + 5);
		expect(String(measured.output[0].json.error)).toContain(`AIRudder at ${host} did not answer within 0.2 s`);
	} finally {
		fx.credentials.setStoredData(CREDENTIAL, stored);
		for (const socket of sockets) socket.destroy();
		await new Promise((resolve) => silent.close(resolve));
	}
});
