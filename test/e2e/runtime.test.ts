// Dev tooling (e2e tests); never shipped in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports */
// Proves the real-n8n runtime library with built-in nodes (and a throwaway one-node package):
// install, CLI execute, community package loading, a published webhook on a running server
// with the executions n8n recorded, and a credential test run by n8n itself.
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';

import {
	createN8nInstance,
	ensureN8nRuntime,
	executeWorkflow,
	findFreePort,
	getExecutions,
	importCredentials,
	importWorkflow,
	installPackageTarball,
	N8nRestSession,
	nodeOutputItems,
	removeN8nInstance,
	servePublishedWorkflow,
	testCredential,
	waitForExecutions,
	type N8nInstance,
	type N8nServer,
} from '../../scripts/n8n-runtime';
import { echoWorkflow, packEchoPackage } from './fixtures/echo-community-package';
import {
	failingWorkflow,
	manualSetWorkflow,
	n8nApiCredential,
	WEBHOOK_PATH,
	webhookWorkflow,
} from './fixtures/builtin-workflows';

/** The first run installs n8n (~5-10 min); later runs reuse ~/.cache/n8n-nodes-airudder. */
const INSTALL_TIMEOUT_MS = 30 * 60 * 1000;
const STEP_TIMEOUT_MS = 3 * 60 * 1000;

/** Answers like n8n's public API would: 200 for the right API key, 401 otherwise. */
async function startApiKeyStub(goodKey: string): Promise<{ url: string; close: () => void }> {
	const server = http.createServer((request, response) => {
		const ok = request.headers['x-n8n-api-key'] === goodKey;
		response.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
		response.end(JSON.stringify(ok ? { ok: true } : { message: 'invalid api key' }));
	});
	const port = await findFreePort();
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

describe('n8n runtime (real n8n 2.41.1, built-in nodes)', () => {
	let instance: N8nInstance;

	beforeAll(async () => {
		const runtime = await ensureN8nRuntime();
		instance = await createN8nInstance(runtime);
	}, INSTALL_TIMEOUT_MS);

	afterAll(() => {
		if (instance) removeN8nInstance(instance);
	});

	test('the runtime is n8n 2.41.1 on Node 24', () => {
		expect(instance.runtime.n8nVersion).toBe('2.41.1');
		expect(instance.runtime.nodeVersion).toMatch(/^v24\./);
	});

	test(
		'executes a workflow with the CLI and returns its run',
		async () => {
			const id = await importWorkflow(instance, manualSetWorkflow);
			const execution = await executeWorkflow(instance, id);
			expect(execution.errorMessage).toBeUndefined();
			expect(execution.ok).toBe(true);
			expect(execution.status).toBe('success');
			expect(nodeOutputItems(execution.run!, 'Set')).toEqual([{ greeting: 'hello 42' }]);
		},
		STEP_TIMEOUT_MS,
	);

	test(
		'reports a failing workflow with its error message and partial run',
		async () => {
			const id = await importWorkflow(instance, failingWorkflow);
			const execution = await executeWorkflow(instance, id);
			expect(execution.ok).toBe(false);
			expect(execution.status).toBe('error');
			expect(execution.errorMessage).toBe('deliberate failure');
			expect(Object.keys(execution.run!.data.resultData.runData)).toContain('Start');
		},
		STEP_TIMEOUT_MS,
	);

	test(
		'loads a packed community package from the instance nodes folder',
		async () => {
			const tarball = await packEchoPackage(path.join(instance.userFolder, 'echo-package'));
			const installed = await installPackageTarball(instance, tarball);
			expect(fs.existsSync(path.join(installed, 'dist', 'E2eEcho.node.js'))).toBe(true);

			const id = await importWorkflow(instance, echoWorkflow('from a community package'));
			const execution = await executeWorkflow(instance, id);
			expect(execution.errorMessage).toBeUndefined();
			expect(nodeOutputItems(execution.run!, 'Echo')).toEqual([{ echoed: 'from a community package' }]);
		},
		STEP_TIMEOUT_MS,
	);

	describe('on a running server', () => {
		let server: N8nServer;
		let session: N8nRestSession;
		let stub: { url: string; close: () => void };

		beforeAll(async () => {
			stub = await startApiKeyStub('good-key');
			await importCredentials(instance, [
				n8nApiCredential('e2eCredGood00001', stub.url, 'good-key'),
				n8nApiCredential('e2eCredWrong0001', stub.url, 'wrong-key'),
			]);
			({ server, session } = await servePublishedWorkflow(instance, webhookWorkflow));
		}, STEP_TIMEOUT_MS);

		afterAll(async () => {
			await server?.stop();
			stub?.close();
		});

		test(
			'a published webhook receives 3 POSTs and n8n records exactly 3 executions',
			async () => {
				for (const sequence of [1, 2, 3]) {
					const response = await fetch(server.webhookUrl(WEBHOOK_PATH), {
						method: 'POST',
						headers: { 'content-type': 'application/json' },
						body: JSON.stringify({ sequence }),
					});
					expect(response.status).toBe(200);
				}
				const summaries = await waitForExecutions(session, webhookWorkflow.id!, 3);
				expect(summaries).toHaveLength(3);
				expect(summaries.every((summary) => summary.status === 'success')).toBe(true);

				const executions = await getExecutions(instance, session, webhookWorkflow.id!);
				const sequences = executions.map((execution) => execution.data.resultData.runData.Pick[0].data?.main?.[0]?.[0].json.sequence);
				expect(sequences).toEqual([1, 2, 3]);
			},
			STEP_TIMEOUT_MS,
		);

		test(
			'tests a credential inside n8n: OK for a good key, a clear error for a wrong one',
			async () => {
				expect(await testCredential(session, 'e2eCredGood00001')).toEqual(
					expect.objectContaining({ status: 'OK' }),
				);
				const wrong = await testCredential(session, 'e2eCredWrong0001');
				expect(wrong.status).toBe('Error');
				expect(wrong.message).toMatch(/unauthorized|401/i);
			},
			STEP_TIMEOUT_MS,
		);
	});
});
