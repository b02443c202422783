// Dev tooling (the compatibility matrix); never shipped in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// The smoke every n8n of the matrix must pass (`N8N_RUNTIME_VERSION=<version> npm run test:compat`;
// .ci/run runs it for each version README "Compatibility" lists). The packed package is installed
// both ways users install it: n8n's own installer (which drops peer dependencies) and the README's
// `npm install` in the nodes folder (which keeps them unless they are optional). The full suites
// stay on the default version; this is what must hold everywhere.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { startSandbox, type Sandbox } from '../../sandbox';
import { DEMO_CALLBACK_TOKEN, DEMO_CREDENTIAL_ID, demoCredentials } from '../../scripts/demo/demo-examples';
import {
	createN8nInstance,
	ensureN8nRuntime,
	executeWorkflow,
	findProjectRoot,
	getExecutions,
	importCredentials,
	importWorkflow,
	installPackageTarball,
	nodeOutputItems,
	npmInstallPackageTarball,
	packProject,
	removeN8nInstance,
	requestedN8nVersion,
	servePublishedWorkflow,
	serveWorkflowsPublished,
	testCredential,
	waitForExecutions,
	type N8nInstance,
	type N8nRestSession,
	type N8nServer,
} from '../../scripts/n8n-runtime';
import { ICALL_NODE, chainWorkflow, codeNode } from '../bench/workflows/building-blocks';
import { WHATSAPP_NODE } from '../bench/workflows/upload-workflows';
import { examplePicture, exampleWorkflow, expectCallDebtorsRun, expectWorkflowFromTemplateRun } from '../e2e/fixtures/examples';

const N8N_VERSION = requestedN8nVersion();
const INSTALL_TIMEOUT_MS = 30 * 60 * 1000;
const STEP_TIMEOUT_MS = 5 * 60 * 1000;

type InstallWay = (instance: N8nInstance, tarball: string) => Promise<string>;

interface Installed {
	sandbox: Sandbox;
	instance: N8nInstance;
	packageDir: string;
}

async function installPacked(install: InstallWay): Promise<Installed> {
	const sandbox = await startSandbox({ speed: 600 });
	const instance = await createN8nInstance(await ensureN8nRuntime({ n8nVersion: N8N_VERSION }));
	const tarball = await packProject(findProjectRoot(), fs.mkdtempSync(path.join(os.tmpdir(), 'compat-pack-')));
	const packageDir = await install(instance, tarball);
	await importCredentials(instance, demoCredentials(sandbox.url));
	return { sandbox, instance, packageDir };
}

async function removeInstalled(installed: Installed | undefined): Promise<void> {
	await installed?.sandbox.close();
	if (installed) removeN8nInstance(installed.instance);
}

/**
 * n8n-workflow must come from the host n8n: a copy in the nodes folder (or inside the package)
 * would make the package throw error classes that the host's n8n-core does not recognise.
 */
function expectNoOwnWorkflowLibrary({ instance, packageDir }: Installed): void {
	expect(fs.existsSync(path.join(instance.communityNodesDir, 'n8n-workflow'))).toBe(false);
	expect(fs.existsSync(path.join(packageDir, 'node_modules'))).toBe(false);
}

async function expectCallDebtorsExample({ instance, sandbox }: Installed): Promise<string> {
	const execution = await executeWorkflow(instance, await importWorkflow(instance, exampleWorkflow('call-debtors.json')));
	expect(execution.errorMessage).toBeUndefined();
	return expectCallDebtorsRun(execution.run!, sandbox);
}

const manualStart = { id: 'compat-start', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} };

/** One of our nodes after the Code node that makes the items, on the sandbox credential. */
function ourNode(name: string, type: string, parameters: Record<string, unknown>) {
	const credentials = { iCallApi: { id: DEMO_CREDENTIAL_ID, name: 'AIRudder iCall (sandbox)' } };
	return { id: `compat-${name}`, name, type, typeVersion: 1, position: [440, 0], parameters, credentials };
}

/** Manual start → `count` items → Task: Get for each, all of them in flight at once. */
function taskReadsInFlight(taskId: string, count: number) {
	const items = codeNode('Items', `return Array.from({ length: ${count} }, () => ({ json: { taskId: ${JSON.stringify(taskId)} } }));`, 220);
	const read = ourNode('Read task', ICALL_NODE, {
		resource: 'task',
		operation: 'get',
		task: { __rl: true, mode: 'id', value: '={{ $json.taskId }}' },
		returnAll: true,
		requestOptions: { concurrency: count },
	});
	return chainWorkflow(`compatReads${count}`, `compat: ${count} task reads in flight`, [manualStart, items, read]);
}

/** Manual start → one binary file per item (made without Buffer: it is not in every Code sandbox) → File: Upload. */
function uploads(files: Buffer[]) {
	const binaries = files.map((bytes, index) => ({
		json: {},
		binary: { data: { data: bytes.toString('base64'), mimeType: 'text/plain', fileName: `compat-${index}.txt` } },
	}));
	const items = codeNode('Files', `return ${JSON.stringify(binaries)};`, 220);
	const upload = ourNode('Upload', WHATSAPP_NODE, { resource: 'file', operation: 'upload', binaryPropertyName: 'data' });
	return chainWorkflow('compatUploads', 'compat: uploads after a token expiry', [manualStart, items, upload]);
}

async function waitFor(what: string, done: () => boolean | Promise<boolean>, timeoutMs = 60_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!(await done())) {
		if (Date.now() > deadline) throw new Error(`${what}: not after ${timeoutMs} ms`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

describe(`n8n ${N8N_VERSION}: installed by n8n's installer (peer dependencies stripped)`, () => {
	let installed: Installed;

	beforeAll(async () => {
		installed = await installPacked(installPackageTarball);
	}, INSTALL_TIMEOUT_MS);

	afterAll(async () => await removeInstalled(installed));

	test('uses the host n8n-workflow, and the call-debtors example runs', async () => {
		expectNoOwnWorkflowLibrary(installed);
		await expectCallDebtorsExample(installed);
	}, STEP_TIMEOUT_MS);
});

describe(`n8n ${N8N_VERSION}: installed with the README's npm command`, () => {
	let installed: Installed;

	beforeAll(async () => {
		installed = await installPacked(npmInstallPackageTarball);
	}, INSTALL_TIMEOUT_MS);

	afterAll(async () => await removeInstalled(installed));

	test('npm leaves n8n-workflow to the host (the peer dependency is optional)', () => {
		expectNoOwnWorkflowLibrary(installed);
	});

	let taskId: string;

	test('call-debtors.json: one login, one task of 50 calls, its details, a recording', async () => {
		taskId = await expectCallDebtorsExample(installed);
		expect(installed.sandbox.log.count('auth')).toBe(1);
	}, STEP_TIMEOUT_MS);

	test('workflow-from-template.json starts one workflow for 30 contacts', async () => {
		const { instance, sandbox } = installed;
		const execution = await executeWorkflow(instance, await importWorkflow(instance, exampleWorkflow('workflow-from-template.json')));
		expect(execution.errorMessage).toBeUndefined();
		expectWorkflowFromTemplateRun(execution.run!, sandbox);
	}, STEP_TIMEOUT_MS);

	// n8n-core of 1.123.81 and 2.0.3 would log in again for every request refused with HTTP 401 and send
	// it again itself; the client takes error statuses as answers, so one login holds on every version.
	const afterExpiry = test;

	/** Runs the workflow right after every token expired; returns the run and the logins it made. */
	async function runAfterExpiry(workflow: ReturnType<typeof uploads>) {
		const { instance, sandbox } = installed;
		const workflowId = await importWorkflow(instance, workflow);
		sandbox.expireAllTokens();
		const loginsBefore = sandbox.log.count('auth');
		const execution = await executeWorkflow(instance, workflowId);
		expect(execution.errorMessage).toBeUndefined();
		return { run: execution.run!, logins: sandbox.log.count('auth') - loginsBefore };
	}

	afterExpiry.each([10, 50])('a token that expires with %i reads in flight costs one login', async (count) => {
		const { run, logins } = await runAfterExpiry(taskReadsInFlight(taskId, count));
		expect(nodeOutputItems(run, 'Read task').length).toBeGreaterThanOrEqual(count);
		expect(logins).toBe(1);
	}, STEP_TIMEOUT_MS);

	afterExpiry('3 uploads after an expiry cost one login, and each file arrives whole', async () => {
		const files = [0, 1, 2].map((index) => Buffer.from(`compat upload ${index} `.repeat(2000)));
		const { run, logins } = await runAfterExpiry(uploads(files));
		expect(logins).toBe(1);
		const arrived = nodeOutputItems(run, 'Upload').map((item) => installed.sandbox.chatbot.upload(String(item.file_id)));
		expect(arrived.map((file, index) => file !== undefined && fs.readFileSync(file.path).equals(files[index]))).toEqual([true, true, true]);
	}, STEP_TIMEOUT_MS);

	test.todo('the polling trigger fetches each event once (when the polling trigger exists)');

	describe('on a running n8n with both example triggers published', () => {
		const results = exampleWorkflow('call-results-trigger.json');
		const answer = exampleWorkflow('whatsapp-answer-user.json');
		const hookOf = (workflow: typeof results) => `${(workflow.nodes[0] as { webhookId: string }).webhookId}/webhook`;
		let server: N8nServer;
		let session: N8nRestSession;

		beforeAll(async () => {
			({ server, session } = await servePublishedWorkflow(installed.instance, [results, answer]));
		}, STEP_TIMEOUT_MS);

		afterAll(async () => await server?.stop());

		test('the credential test passes', async () => {
			expect(await testCredential(session, DEMO_CREDENTIAL_ID)).toEqual(expect.objectContaining({ status: 'OK' }));
		}, STEP_TIMEOUT_MS);

		test('a WhatsApp user is answered with a text, then a picture uploaded whole', async () => {
			const { sandbox } = installed;
			sandbox.configureCallbacks({ url: server.webhookUrl(hookOf(answer)) });
			const { conversation } = sandbox.chatbot.userWrites('+6281355500002', 'compat check');
			const answers = () => conversation.messages.filter((message) => message.senderType === 'chatbot');
			await waitFor('two answers', () => answers().length === 2);
			const picture = answers()[1];
			expect(picture).toMatchObject({ type: 'image', media: { file_id: expect.any(String) } });
			const uploaded = sandbox.chatbot.upload(String(picture.media!.file_id))!;
			expect(fs.readFileSync(uploaded.path).equals(examplePicture(answer))).toBe(true);
		}, STEP_TIMEOUT_MS);

		test('the trigger takes a callback with its token, and refuses its repeat after n8n restarts', async () => {
			const { instance, sandbox } = installed;
			const workflowId = results.id as string;
			const callback = { TaskID: 'T-compat', Callee: '+6281355500003', CallID: 'C-compat-1' };
			sandbox.configureCallbacks({ url: server.webhookUrl(hookOf(results)), token: DEMO_CALLBACK_TOKEN });
			expect((await sandbox.postEvent(callback)).status).toBe(200);
			await waitForExecutions(session, workflowId, 1, { timeoutMs: 60_000 });

			// A restart empties the process's memory: only the workflow's saved static data remembers.
			await server.stop();
			({ server, session } = await serveWorkflowsPublished(instance, [workflowId, answer.id as string], server.port));
			expect((await sandbox.postEvent(callback)).status).toBe(200);
			const next = { ...callback, Callee: '+6281355500004', CallID: 'C-compat-2' };
			expect((await sandbox.postEvent(next)).status).toBe(200);
			await waitForExecutions(session, workflowId, 2, { timeoutMs: 60_000 });
			const executions = await getExecutions(instance, session, workflowId);
			const callees = executions.map((execution) => execution.data.resultData.runData['Call result'][0].data!.main![0]![0].json.callee);
			expect(callees.sort()).toEqual([callback.Callee, next.Callee]);
		}, STEP_TIMEOUT_MS);
	});
});
