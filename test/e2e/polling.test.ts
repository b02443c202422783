// Dev tooling (e2e tests); never shipped in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test code */
// The polling trigger inside a real n8n 2.41.1: the example "call results without a webhook",
// published, hears the calls of a task another published workflow creates in the sandbox, with
// no callback configured. n8n polls at most once a minute, so this takes one to three minutes.
import type { Sandbox } from '../../sandbox/index';
import { demoAccount, startSandbox } from '../../sandbox/index';
import { N8nRestSession, createN8nInstance, ensureN8nRuntime, getExecutions, importCredentials, importWorkflow, installProjectPackage, publishWorkflow, removeN8nInstance, servePublishedWorkflow, type N8nInstance, type N8nServer, type WorkflowToImport } from '../../scripts/n8n-runtime/index';
import { EXAMPLE_CREDENTIAL, exampleWorkflow } from './fixtures/examples';

const INSTALL_TIMEOUT_MS = 30 * 60 * 1000;
const POLLED_WITHIN_MS = 4 * 60 * 1000;
const CALLEES = 5;
const CREATE_PATH = 'e2e-poll-create-task';

/** Another workflow of the customer: a webhook that creates a task of five calls and answers its ID. */
const createTaskWorkflow: WorkflowToImport = {
	id: 'e2ePollCreate001',
	name: 'e2e: create a task for the polling trigger',
	nodes: [
		{
			id: 'c1',
			name: 'Create request',
			type: 'n8n-nodes-base.webhook',
			typeVersion: 2,
			position: [0, 0],
			webhookId: '7a1e2c30-0b5d-4f7e-9a61-e2e0000000c1',
			parameters: { httpMethod: 'POST', path: CREATE_PATH, responseMode: 'lastNode', options: {} },
		},
		{
			id: 'c2',
			name: 'Callees',
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			position: [220, 0],
			parameters: { mode: 'raw', jsonOutput: `={{ { callees: Array.from({ length: ${CALLEES} }, (_, i) => ({ phone: '+62814' + String(i).padStart(7, '0') })) } }}`, options: {} },
		},
		{ id: 'c3', name: 'One row per callee', type: 'n8n-nodes-base.splitOut', typeVersion: 1, position: [440, 0], parameters: { fieldToSplitOut: 'callees', options: {} } },
		{
			id: 'c4',
			name: 'Create task',
			type: 'n8n-nodes-airudder.iCall',
			typeVersion: 1,
			position: [660, 0],
			parameters: {
				resource: 'task',
				operation: 'create',
				taskName: 'e2e_polling',
				robot: { __rl: true, mode: 'id', value: 'robot-collection-01' },
				contactsSource: 'items',
				phoneNumberField: 'phone',
				additionalFields: {},
				additionalBodyFields: '{}',
			},
			credentials: { iCallApi: EXAMPLE_CREDENTIAL },
		},
	],
	connections: {
		'Create request': { main: [[{ node: 'Callees', type: 'main', index: 0 }]] },
		Callees: { main: [[{ node: 'One row per callee', type: 'main', index: 0 }]] },
		'One row per callee': { main: [[{ node: 'Create task', type: 'main', index: 0 }]] },
	},
};

type ResultItem = { event: string; task: string; callee: string };

describe('the polling trigger in real n8n 2.41.1', () => {
	let instance: N8nInstance;
	let sandbox: Sandbox;
	let server: N8nServer;
	let session: N8nRestSession;
	const polling = exampleWorkflow('call-results-without-webhook.json');

	beforeAll(async () => {
		sandbox = await startSandbox({ speed: 120 });
		instance = await createN8nInstance(await ensureN8nRuntime());
		await installProjectPackage(instance);
		const { appKey, appSecret } = demoAccount;
		await importCredentials(instance, [{ ...EXAMPLE_CREDENTIAL, type: 'iCallApi', data: { appKey, appSecret, baseUrl: sandbox.url } }]);
		await publishWorkflow(instance, await importWorkflow(instance, createTaskWorkflow));
		({ server, session } = await servePublishedWorkflow(instance, polling));
		await session.waitForPublished(createTaskWorkflow.id as string);
	}, INSTALL_TIMEOUT_MS);

	afterAll(async () => {
		await server?.stop();
		await sandbox?.close();
		if (instance) removeN8nInstance(instance);
	});

	test(
		'hears every call of the new task once, then the task, without a callback URL',
		async () => {
			const created = await fetch(server.webhookUrl(CREATE_PATH), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
			expect(created.status).toBe(200);
			const taskId = String(((await created.json()) as { TaskID?: unknown }).TaskID);
			expect(taskId).not.toBe('undefined');

			const deadline = Date.now() + POLLED_WITHIN_MS;
			let results: ResultItem[] = [];
			while (Date.now() < deadline) {
				const executions = await getExecutions(instance, session, polling.id as string);
				results = executions
					.filter((execution) => execution.status === 'success')
					.flatMap((execution) => execution.data.resultData.runData['Call result'][0].data!.main![0]!.map((item) => item.json as ResultItem))
					.filter((result) => result.task === taskId);
				if (results.some((result) => result.event === 'task.finished')) break;
				await new Promise((resolve) => setTimeout(resolve, 2000));
			}
			const calls = results.filter((result) => result.event === 'call.finished');
			expect(calls).toHaveLength(CALLEES);
			expect(new Set(calls.map((call) => call.callee)).size).toBe(CALLEES);
			expect(results.filter((result) => result.event === 'task.finished')).toHaveLength(1);
			expect(sandbox.log.callbacks).toHaveLength(0);
		},
		POLLED_WITHIN_MS + 60_000,
	);
});
