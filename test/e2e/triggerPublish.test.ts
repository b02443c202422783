// Dev tooling (e2e tests); never shipped in the n8n package.
// Publishing the webhook trigger in a real n8n 2.41.1, built as a user builds it: a switch that
// needs a secret with no callback credential chosen must stop publishing and name the field to
// fill in, instead of publishing a trigger that answers 500 to every callback.
import { N8nRestSession, createN8nInstance, ensureN8nRuntime, findFreePort, importWorkflow, installProjectPackage, removeN8nInstance, startServer, type N8nInstance, type N8nServer } from '../../scripts/n8n-runtime/index';
import { exampleWorkflow } from './fixtures/examples';

const INSTALL_TIMEOUT_MS = 30 * 60 * 1000;
const STEP_TIMEOUT_MS = 4 * 60 * 1000;

/** The example trigger workflow with the given switches and no callback credential selected. */
function triggerWithoutCredential(id: string, webhookId: string, parameters: Record<string, unknown>) {
	const workflow = exampleWorkflow('call-results-trigger.json');
	const [trigger, ...rest] = workflow.nodes as Array<Record<string, unknown>>;
	const { credentials: _none, ...withoutCredential } = trigger;
	return { ...workflow, id, name: `Trigger ${id}`, nodes: [{ ...withoutCredential, webhookId, parameters: { events: ['*'], ...parameters } }, ...rest] };
}

describe('publishing the AIRudder iCall Trigger in real n8n 2.41.1', () => {
	let instance: N8nInstance;
	let server: N8nServer;
	let session: N8nRestSession;

	beforeAll(async () => {
		instance = await createN8nInstance(await ensureN8nRuntime());
		await installProjectPackage(instance);
		server = await startServer(instance, { port: await findFreePort() });
		session = await N8nRestSession.open(server.baseUrl);
	}, INSTALL_TIMEOUT_MS);

	afterAll(async () => {
		await server?.stop();
		if (instance) removeN8nInstance(instance);
	});

	test(
		'Require Secret Token on and no callback credential: publishing fails naming the field, and the URL does not answer',
		async () => {
			const webhookId = '5d1c0b2a-0000-4000-8000-00000000a18b';
			const id = await importWorkflow(instance, triggerWithoutCredential('e2eTokenNoCred1', webhookId, { requireToken: true }));
			await session.activateWorkflow(id);
			await expect(session.waitForPublished(id)).rejects.toThrow(
				'Require Secret Token is on, but no AIRudder iCall Callback API credential is selected, so there is no Callback Token',
			);
			const response = await fetch(server.webhookUrl(`${webhookId}/webhook`), {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ TaskID: 'T', Callee: '+6281', CallID: 'C' }),
			});
			expect(response.status).toBe(404);
		},
		STEP_TIMEOUT_MS,
	);

	test(
		'every switch off and no callback credential: the workflow publishes and answers callbacks',
		async () => {
			const webhookId = '5d1c0b2a-0000-4000-8000-00000000a18c';
			const id = await importWorkflow(instance, triggerWithoutCredential('e2eNoSwitches01', webhookId, {}));
			await session.activateWorkflow(id);
			await session.waitForPublished(id);
			const response = await fetch(server.webhookUrl(`${webhookId}/webhook`), {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ TaskID: 'T', Callee: '+6281', CallID: 'C' }),
			});
			expect(response.status).toBe(200);
		},
		STEP_TIMEOUT_MS,
	);
});
