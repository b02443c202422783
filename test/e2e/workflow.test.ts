// Dev tooling (e2e tests); never shipped in the n8n package.
// The workflow loop in a real n8n 2.41.1: a workflow started from a template for a sheet of
// contacts, and a published trigger that receives each contact's "finished" callback.

import type { Sandbox } from '../../sandbox';
import { startSandbox } from '../../sandbox';
import { DEMO_CALLBACK_TOKEN, demoCredentials } from '../../scripts/demo/demo-examples';
import {
	createN8nInstance,
	ensureN8nRuntime,
	executeWorkflow,
	getExecutions,
	importCredentials,
	importWorkflow,
	installProjectPackage,
	removeN8nInstance,
	servePublishedWorkflow,
	waitForExecutions,
	type N8nInstance,
	type N8nServer,
} from '../../scripts/n8n-runtime';
import { exampleWorkflow, expectWorkflowFromTemplateRun } from './fixtures/examples';

const INSTALL_TIMEOUT_MS = 30 * 60 * 1000;
const STEP_TIMEOUT_MS = 4 * 60 * 1000;

describe('the workflow loop in real n8n 2.41.1: template -> contacts -> contact-finished callbacks', () => {
	let instance: N8nInstance;
	let sandbox: Sandbox;
	let server: N8nServer | undefined;

	beforeAll(async () => {
		// Manual clock: nothing moves until the trigger listens, so no callback is missed.
		sandbox = await startSandbox({ speed: 'manual' });
		instance = await createN8nInstance(await ensureN8nRuntime());
		await installProjectPackage(instance);
		// The examples' credentials: the API against the sandbox, and the trigger's URL token (no encryption).
		await importCredentials(instance, demoCredentials(sandbox.url));
	}, INSTALL_TIMEOUT_MS);

	afterAll(async () => {
		await server?.stop();
		await sandbox?.close();
		if (instance) removeN8nInstance(instance);
	});

	test(
		'starts one workflow for 30 contacts, and every contact that finishes becomes exactly one execution',
		async () => {
			const id = await importWorkflow(instance, exampleWorkflow('workflow-from-template.json'));
			const execution = await executeWorkflow(instance, id);
			expect(execution.errorMessage).toBeUndefined();
			const workflowId = expectWorkflowFromTemplateRun(execution.run!, sandbox);

			const trigger = exampleWorkflow('workflow-contact-finished-trigger.json');
			const webhookId = (trigger.nodes[0] as { webhookId: string }).webhookId;
			const published = await servePublishedWorkflow(instance, trigger);
			server = published.server;
			const { session } = published;
			sandbox.configureCallbacks({ url: server.webhookUrl(`${webhookId}/webhook`), token: DEMO_CALLBACK_TOKEN });

			await sandbox.clock.runUntilIdle();
			const finished = sandbox.log.callbacks.filter((delivery) => delivery.event === 'workflow.contactFinished');
			expect(finished).toHaveLength(30);
			expect(sandbox.log.callbacks.every((delivery) => delivery.delivered)).toBe(true);

			await waitForExecutions(session, trigger.id as string, 30, { timeoutMs: 60_000 });
			const executions = await getExecutions(instance, session, trigger.id as string);
			expect(executions).toHaveLength(30);
			expect(executions.every((run) => run.status === 'success')).toBe(true);
			const rows = executions.map((run) => run.data.resultData.runData['Contact finished'][0].data!.main![0]![0].json);
			expect(new Set(rows.map((row) => row.phone)).size).toBe(30);
			expect(rows.every((row) => row.workflow === workflowId && String(row.loanId).startsWith('WF-'))).toBe(true);
			expect(rows[0].steps).toBe('Reminder call > WhatsApp reminder > Push to CRM');
		},
		STEP_TIMEOUT_MS,
	);
});
