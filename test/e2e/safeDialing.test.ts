// Dev tooling (e2e tests); never shipped in the n8n package.
// The packed package inside a real n8n 2.41.1: the example collection run previews its task, an If
// node reads the preview's counts, and only a clean preview goes on to the real send.
import type { Sandbox } from '../../sandbox/index';
import { demoAccount, startSandbox } from '../../sandbox/index';
import { createN8nInstance, ensureN8nRuntime, executeWorkflow, importCredentials, importWorkflow, installProjectPackage, nodeOutputItems, removeN8nInstance, type N8nInstance } from '../../scripts/n8n-runtime/index';
import { EXAMPLE_CREDENTIAL, exampleWorkflow } from './fixtures/examples';

const INSTALL_TIMEOUT_MS = 30 * 60 * 1000;
const STEP_TIMEOUT_MS = 4 * 60 * 1000;

describe('collection-run-with-preview.json in real n8n 2.41.1', () => {
	let instance: N8nInstance;
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startSandbox({ speed: 600 });
		instance = await createN8nInstance(await ensureN8nRuntime());
		await installProjectPackage(instance);
		await importCredentials(instance, [
			{ ...EXAMPLE_CREDENTIAL, type: 'iCallApi', data: { appKey: demoAccount.appKey, appSecret: demoAccount.appSecret, baseUrl: sandbox.url } },
		]);
	}, INSTALL_TIMEOUT_MS);

	afterAll(async () => {
		await sandbox?.close();
		if (instance) removeN8nInstance(instance);
	});

	test(
		'previews without a request, branches on the counts, then creates the task once without the do-not-call rows; a re-run sends nothing',
		async () => {
			const id = await importWorkflow(instance, exampleWorkflow('collection-run-with-preview.json'));
			const execution = await executeWorkflow(instance, id);
			expect(execution.errorMessage).toBeUndefined();
			const preview = nodeOutputItems(execution.run!, 'Preview the task');
			expect(preview[0]).toMatchObject({ preview: true, method: 'POST', path: '/service/cloud/task', contacts: 36, summary: { wouldSend: 36, excluded: 4 } });
			expect(preview.filter((item) => item.leftOut === 'excluded')).toHaveLength(4);
			const [created] = nodeOutputItems(execution.run!, 'Create task');
			expect(created).toMatchObject({ contacts: 36, summary: { sent: 36, excluded: 4 } });
			expect(sandbox.log.count('taskCreate')).toBe(1);
			expect(sandbox.state.task(String(created.TaskID))?.calls).toHaveLength(36);

			const rerun = await executeWorkflow(instance, id);
			expect(rerun.errorMessage).toBeUndefined();
			expect(nodeOutputItems(rerun.run!, 'Create task')[0]).toMatchObject({ TaskID: created.TaskID, existing: true });
			expect(sandbox.log.count('taskCreate')).toBe(1);
		},
		STEP_TIMEOUT_MS,
	);
});
