// Test code never ships: a host that accepts the connection and never answers cannot hold an item for long.
/* eslint-disable @n8n/community-nodes/no-restricted-imports */
import { createServer, type AddressInfo, type Socket } from 'node:net';
import type { INodeParameters } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { ICallApi, loginTimeout } from '../../../credentials/ICallApi.credentials';
import { ICall } from '../../../nodes/ICall/ICall.node';
import { demoAccount } from '../../../sandbox';
import { HarnessCredentialsHelper, runNode } from '../../harness';
import { byId, CREDENTIAL } from '../icallFixture';

const sockets = new Set<Socket>();
const silent = createServer((socket) => {
	sockets.add(socket);
	socket.on('data', () => undefined);
});
let baseUrl: string;

beforeAll(async () => {
	await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
	baseUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
});
afterAll(async () => {
	for (const socket of sockets) socket.destroy();
	await new Promise((resolve) => silent.close(resolve));
});

async function runAgainstSilentHost(parameters: INodeParameters, token: string) {
	const credentialsHelper = new HarnessCredentialsHelper([new ICallApi()], {
		[CREDENTIAL]: { appKey: demoAccount.appKey, appSecret: demoAccount.appSecret, baseUrl, token },
	});
	const started = Date.now();
	const error = await runNode({ nodeType: new ICall(), credentialsHelper, parameters }).catch((e: unknown) => e);
	return { error: error as Error, seconds: (Date.now() - started) / 1000 };
}

const fastFail = { timeoutSeconds: 0.3, maxRetries: 2, retryBaseDelayMs: 10 };

it('gives up on a read after timeout x attempts and names the host', async () => {
	const { error, seconds } = await runAgainstSilentHost({ resource: 'robot', operation: 'getMany', returnAll: true, requestOptions: fastFail }, 'stored-token');
	expect(error).toBeInstanceOf(NodeApiError);
	expect(error.message).toContain(`AIRudder at ${baseUrl} did not answer within`);
	// Far from n8n's 300 s per attempt; the slack covers a loaded CI machine.
	expect(seconds).toBeLessThan(0.3 * 3 + 5);
	expect(seconds).toBeGreaterThanOrEqual(0.3 * 3 - 0.05);
});

it('does not repeat a write that timed out, and says it may have been applied', async () => {
	const { error, seconds } = await runAgainstSilentHost(
		{ resource: 'task', operation: 'stop', task: byId('task-1'), requestOptions: fastFail },
		'stored-token',
	);
	expect(error.message).toMatch(/did not answer within/);
	expect(error.message).toMatch(/may have been applied: check with Task: Get Many before retrying/);
	expect(error.message).not.toMatch(/retry the request immediately/);
	expect(seconds).toBeLessThan(5);
});

it('bounds a login against a silent host too', async () => {
	const saved = loginTimeout.ms;
	loginTimeout.ms = 300;
	try {
		const { error, seconds } = await runAgainstSilentHost({ resource: 'robot', operation: 'getMany', returnAll: true, requestOptions: fastFail }, '');
		expect(error.message).toContain(`Cannot reach AIRudder at ${baseUrl} (no answer within 0.3 s)`);
		// 4 login attempts of 0.3 s plus the credential's own backoff (0.25 + 0.5 + 1 s).
		expect(seconds).toBeLessThan(4 * 0.3 + 1.75 + 5);
	} finally {
		loginTimeout.ms = saved;
	}
});

it('names an unreachable host in our words, not n8n stock text', async () => {
	const closed = createServer();
	await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
	const port = (closed.address() as AddressInfo).port;
	await new Promise((resolve) => closed.close(resolve));
	const credentialsHelper = new HarnessCredentialsHelper([new ICallApi()], {
		[CREDENTIAL]: { appKey: demoAccount.appKey, appSecret: demoAccount.appSecret, baseUrl: `http://127.0.0.1:${port}`, token: 'stored-token' },
	});
	const error = (await runNode({
		nodeType: new ICall(),
		credentialsHelper,
		parameters: { resource: 'robot', operation: 'getMany', returnAll: true, requestOptions: fastFail },
	}).catch((e: unknown) => e)) as Error;
	expect(error.message).toBe(`Cannot reach AIRudder at http://127.0.0.1:${port} (ECONNREFUSED): check the Base URL in the credential and the network (item 0)`);
});
