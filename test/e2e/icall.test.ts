// Dev tooling (e2e tests); never shipped in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-hardcoded-secrets -- test values, not secrets */
// The packed package inside a real n8n 2.41.1: the example workflows run against the sandbox,
// every sandbox callback becomes exactly one execution, the credential test works in n8n, and a
// trigger missing a secret it needs is refused at publishing.
import { encryptAes, signPlaintext } from '../../nodes/ICall/api/crypto';
import { conventions, endpoints } from '../../sandbox/contract';
import type { Sandbox } from '../../sandbox/index';
import { demoAccount, startSandbox } from '../../sandbox/index';
import { DEMO_CALLBACK_CREDENTIAL_ID, DEMO_CALLBACK_TOKEN } from '../../scripts/demo/demo-examples';
import { N8nRestSession, createN8nInstance, ensureN8nRuntime, executeWorkflow, getExecutions, importCredentials, importWorkflow, installProjectPackage, nodeOutputItems, removeN8nInstance, servePublishedWorkflow, testCredential, type ExecutionRecord, type N8nInstance, type N8nServer, waitForExecutions, waitForMatchingExecutions } from '../../scripts/n8n-runtime/index';
import { exampleWorkflow, expectCallDebtorsRun } from './fixtures/examples';

const INSTALL_TIMEOUT_MS = 30 * 60 * 1000;
const STEP_TIMEOUT_MS = 4 * 60 * 1000;
const CREDENTIAL_ID = 'icallSandboxCred';
/** The example trigger's AIRudder iCall Callback API credential (examples/call-results-trigger.json). */
const CALLBACK_CREDENTIAL_ID = DEMO_CALLBACK_CREDENTIAL_ID;
const CALLBACK_TOKEN = DEMO_CALLBACK_TOKEN;
const CALLBACK_KEY = 'e2e-callback-key'; // 16 bytes: AES-128

function callbackCredential(id: string, encryptionSecretKey: string) {
	return {
		id,
		name: id === CALLBACK_CREDENTIAL_ID ? 'AIRudder iCall callbacks (demo)' : `AIRudder iCall callbacks (${id})`,
		type: 'iCallCallbackApi',
		data: { callbackToken: CALLBACK_TOKEN, queryParameterName: 'token', headerName: 'X-AIRudder-Token', encryptionSecretKey },
	};
}

function sandboxCredential(id: string, sandbox: Sandbox, appSecret = demoAccount.appSecret) {
	return {
		id,
		name: id === CREDENTIAL_ID ? 'AIRudder iCall (sandbox)' : `AIRudder iCall (${id})`,
		type: 'iCallApi',
		data: { appKey: demoAccount.appKey, appSecret, baseUrl: sandbox.url },
	};
}

/** Creates a task straight on the sandbox, as another system of the customer would. */
async function createTaskDirectly(sandbox: Sandbox, callees: number): Promise<string> {
	const { auth, envelope } = conventions;
	const login = await fetch(`${sandbox.url}${auth.path}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ [auth.appKey]: demoAccount.appKey, [auth.appSecret]: demoAccount.appSecret }),
	});
	const token = ((await login.json()) as Record<string, Record<string, string>>)[envelope.data][auth.token];
	const { fields, contacts, constants, path: taskPath } = endpoints.taskCreate;
	const response = await fetch(`${sandbox.url}${taskPath}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', authorization: `${conventions.authorization.scheme} ${token}` },
		body: JSON.stringify({
			...constants,
			[fields.taskName.wire]: 'e2e_callbacks',
			[fields.robotId.wire]: 'robot-collection-01',
			[fields.contacts.wire]: Array.from({ length: callees }, (_, index) => ({
				[contacts.entry.number]: `+62813${String(index).padStart(7, '0')}`,
			})),
		}),
	});
	const body = (await response.json()) as Record<string, Record<string, string>>;
	return body[envelope.data][endpoints.taskCreate.result.taskId];
}

describe('n8n-nodes-airudder in real n8n 2.41.1', () => {
	let instance: N8nInstance;
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startSandbox({ speed: 600 });
		instance = await createN8nInstance(await ensureN8nRuntime());
		await installProjectPackage(instance);
		await importCredentials(instance, [
			sandboxCredential(CREDENTIAL_ID, sandbox),
			sandboxCredential('icallWrongSecret', sandbox, 'not-the-secret'),
			callbackCredential(CALLBACK_CREDENTIAL_ID, CALLBACK_KEY),
			callbackCredential('icallCallbackShortKey', 'too-short'),
		]);
	}, INSTALL_TIMEOUT_MS);

	afterAll(async () => {
		await sandbox?.close();
		if (instance) removeN8nInstance(instance);
	});

	test(
		'the example lists robots, creates one task from 50 items, reads it and downloads a recording',
		async () => {
			const id = await importWorkflow(instance, exampleWorkflow('call-debtors.json'));
			const execution = await executeWorkflow(instance, id);
			expect(execution.errorMessage).toBeUndefined();
			expectCallDebtorsRun(execution.run!, sandbox);
			expect(sandbox.log.count('auth')).toBe(1);
		},
		STEP_TIMEOUT_MS,
	);

	test(
		'the collection example previews without a request, branches on the counts, creates its task once without the do-not-call rows; a re-run sends nothing',
		async () => {
			const id = await importWorkflow(instance, exampleWorkflow('collection-run-with-preview.json'));
			const creates = sandbox.log.count('taskCreate');
			const execution = await executeWorkflow(instance, id);
			expect(execution.errorMessage).toBeUndefined();
			const preview = nodeOutputItems(execution.run!, 'Preview the task');
			expect(preview[0]).toMatchObject({ preview: true, method: 'POST', path: endpoints.taskCreate.path, contacts: 36, summary: { wouldSend: 36, excluded: 4 } });
			expect(preview.filter((item) => item.leftOut === 'excluded')).toHaveLength(4);
			const [created] = nodeOutputItems(execution.run!, 'Create task');
			expect(created).toMatchObject({ contacts: 36, summary: { sent: 36, excluded: 4 } });
			expect(sandbox.log.count('taskCreate') - creates).toBe(1);
			expect(sandbox.state.task(String(created.TaskID))?.calls).toHaveLength(36);

			const rerun = await executeWorkflow(instance, id);
			expect(rerun.errorMessage).toBeUndefined();
			expect(nodeOutputItems(rerun.run!, 'Create task')[0]).toMatchObject({ TaskID: created.TaskID, existing: true });
			expect(sandbox.log.count('taskCreate') - creates).toBe(1);
		},
		STEP_TIMEOUT_MS,
	);

	describe('on a running n8n with the trigger published', () => {
		let server: N8nServer;
		let session: N8nRestSession;
		const trigger = exampleWorkflow('call-results-trigger.json');
		const webhookId = (trigger.nodes[0] as { webhookId: string }).webhookId;

		beforeAll(async () => {
			({ server, session } = await servePublishedWorkflow(instance, trigger));
			// Encrypted the vendor's way, sent as text/plain: n8n refuses a non-JSON application/json body (see below).
			sandbox.configureCallbacks({
				url: server.webhookUrl(`${webhookId}/webhook`),
				token: CALLBACK_TOKEN,
				encryption: { key: CALLBACK_KEY, contentType: 'text/plain' },
			});
		}, STEP_TIMEOUT_MS);

		afterAll(async () => await server?.stop());

		test(
			'every callback of a 20-callee task becomes exactly one execution',
			async () => {
				const taskId = await createTaskDirectly(sandbox, 20);
				await sandbox.clock.runUntilIdle();
				const deliveries = sandbox.log.callbacks.filter((delivery) => delivery.payload.TaskID === taskId);
				expect(deliveries).toHaveLength(21);
				expect(deliveries.every((delivery) => delivery.delivered)).toBe(true);

				await waitForExecutions(session, trigger.id as string, deliveries.length, { timeoutMs: 60_000 });
				const executions = await getExecutions(instance, session, trigger.id as string);
				expect(executions).toHaveLength(21);
				expect(executions.every((execution) => execution.status === 'success')).toBe(true);
				const results = executions.map((execution) => execution.data.resultData.runData['Call result'][0].data!.main![0]![0].json);
				expect(results.filter((result) => result.event === 'call.finished')).toHaveLength(20);
				expect(results.filter((result) => result.event === 'task.finished')).toHaveLength(1);
				expect(new Set(results.map((result) => result.callee)).size).toBe(21);
			},
			STEP_TIMEOUT_MS,
		);

		test(
			'refuses a callback without the URL token, with 401 and no execution',
			async () => {
				const before = (await getExecutions(instance, session, trigger.id as string)).length;
				const response = await fetch(server.webhookUrl(`${webhookId}/webhook`), {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ TaskID: 'T', Callee: '+6281', CallID: 'C' }),
				});
				expect(response.status).toBe(401);
				await new Promise((resolve) => setTimeout(resolve, 1500));
				expect((await getExecutions(instance, session, trigger.id as string)).length).toBe(before);
			},
			STEP_TIMEOUT_MS,
		);

		/** The example trigger without its callback credential, as a user first builds it, under another id and URL. */
		function triggerWithoutCredential(id: string, webhookId: string, parameters: Record<string, unknown>) {
			const [node, ...rest] = trigger.nodes as Array<Record<string, unknown>>;
			const withoutCredential = Object.fromEntries(Object.entries(node).filter(([key]) => key !== 'credentials'));
			return { ...trigger, id, name: `Trigger ${id}`, nodes: [{ ...withoutCredential, webhookId, parameters: { events: ['*'], ...parameters } }, ...rest] };
		}

		/** Publishes through the REST API, as the editor's Publish button does; undefined when it published. */
		async function publishFailure(workflow: ReturnType<typeof triggerWithoutCredential>): Promise<string | undefined> {
			const id = await importWorkflow(instance, workflow);
			await session.activateWorkflow(id);
			return await session.waitForPublished(id).then(() => undefined, (error: Error) => error.message);
		}

		test(
			'publishing fails, naming the field, with Require Secret Token on and no callback credential; without switches it publishes',
			async () => {
				const refusedHook = '5d1c0b2a-0000-4000-8000-00000000a18b';
				expect(await publishFailure(triggerWithoutCredential('e2eTokenNoCred1', refusedHook, { requireToken: true }))).toContain(
					'Require Secret Token is on, but no AIRudder iCall Callback API credential is selected, so there is no Callback Token',
				);
				const openHook = '5d1c0b2a-0000-4000-8000-00000000a18c';
				expect(await publishFailure(triggerWithoutCredential('e2eNoSwitches01', openHook, {}))).toBeUndefined();
				const call = JSON.stringify({ TaskID: 'T-publish', Callee: '+6281', CallID: 'C-publish' });
				const statusAt = async (hook: string) =>
					(await fetch(server.webhookUrl(`${hook}/webhook`), { method: 'POST', headers: { 'content-type': 'application/json' }, body: call })).status;
				expect({ refused: await statusAt(refusedHook), open: await statusAt(openHook) }).toEqual({ refused: 404, open: 200 });
			},
			STEP_TIMEOUT_MS,
		);

		/** POSTs straight to the published trigger, as AIRudder would. */
		async function post(body: string, headers: Record<string, string>, token = CALLBACK_TOKEN) {
			const response = await fetch(`${server.webhookUrl(`${webhookId}/webhook`)}?token=${token}`, { method: 'POST', headers, body });
			return { status: response.status, contentType: response.headers.get('content-type'), text: await response.text() };
		}

		test(
			'answers an accepted callback with the contract reply {"code":200,"status":"OK"} as JSON (any 2xx JSON passes at AIRudder)',
			async () => {
				const answer = await post(JSON.stringify({ TaskID: 'T-reply', Callee: '+6281', CallID: 'C-reply' }), { 'content-type': 'application/json' });
				expect(answer.status).toBe(200);
				expect(answer.contentType).toMatch(/^application\/json/);
				expect(JSON.parse(answer.text)).toEqual({ code: 200, status: 'OK' });
			},
			STEP_TIMEOUT_MS,
		);

		test(
			'decrypts callbacks marked Is-Encrypted: 1 whatever their content type, except application/json, which n8n refuses (422) before the node',
			async () => {
				const sent: Record<string, number> = {};
				for (const contentType of ['text/plain', 'application/octet-stream', 'application/x-www-form-urlencoded', 'application/json']) {
					const payload = JSON.stringify({ TaskID: 'T-encrypted', Callee: '+6281', CallID: `C-${contentType}` });
					const headers = { 'content-type': contentType, 'Is-Encrypted': '1', Signed: signPlaintext(payload) };
					sent[contentType] = (await post(encryptAes(payload, CALLBACK_KEY), headers)).status;
				}
				expect(sent).toEqual({ 'text/plain': 200, 'application/octet-stream': 200, 'application/x-www-form-urlencoded': 200, 'application/json': 422 });
				const resultOf = (execution: ExecutionRecord) => execution.data.resultData.runData['Call result']?.[0]?.data?.main?.[0]?.[0]?.json;
				const encrypted = await waitForMatchingExecutions(instance, session, trigger.id as string, (execution) => resultOf(execution)?.task === 'T-encrypted', 3, {
					timeoutMs: 60_000,
				});
				const decrypted = encrypted.map((execution) => resultOf(execution)!);
				expect(decrypted).toHaveLength(3);
				expect(decrypted.every((result) => result.event === 'call.finished')).toBe(true);
			},
			STEP_TIMEOUT_MS,
		);

		test(
			'refuses an encrypted callback whose Signed does not match, with 401 and the reason',
			async () => {
				const payload = JSON.stringify({ TaskID: 'T-tampered', Callee: '+6281', CallID: 'C-tampered' });
				const answer = await post(encryptAes(payload, CALLBACK_KEY), { 'content-type': 'text/plain', 'Is-Encrypted': '1', Signed: signPlaintext('{}') });
				expect(answer.status).toBe(401);
				expect(JSON.parse(answer.text)).toMatchObject({ message: expect.stringContaining('Signed header does not match') });
				expect(answer.text).not.toContain(CALLBACK_KEY);
			},
			STEP_TIMEOUT_MS,
		);

		test(
			'the callback credential test checks the key length without showing the key',
			async () => {
				expect(await testCredential(session, CALLBACK_CREDENTIAL_ID)).toEqual(expect.objectContaining({ status: 'OK' }));
				const short = await testCredential(session, 'icallCallbackShortKey');
				expect(short.status).toBe('Error');
				expect(short.message).toContain('16, 24 or 32 bytes');
				expect(short.message).not.toContain('too-short');
			},
			STEP_TIMEOUT_MS,
		);

		test(
			'the credential test passes against the sandbox and explains a wrong secret',
			async () => {
				const robotReads = sandbox.log.count('robotGetMany');
				expect(await testCredential(session, CREDENTIAL_ID)).toEqual(expect.objectContaining({ status: 'OK' }));
				// The test's own request names the package like every request the nodes make.
				expect(sandbox.log.count('robotGetMany')).toBeGreaterThan(robotReads);
				expect(sandbox.log.last('robotGetMany')!.headers['user-agent']).toMatch(/^n8n-nodes-airudder\//);
				const wrong = await testCredential(session, 'icallWrongSecret');
				expect(wrong.status).toBe('Error');
				expect(wrong.message).toContain('AIRudder rejected the App Key or App Secret');
				expect(wrong.message).not.toContain('not-the-secret');
			},
			STEP_TIMEOUT_MS,
		);
	});
});
