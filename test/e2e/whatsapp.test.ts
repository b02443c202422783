// Dev tooling (e2e tests); never shipped in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// The packed package inside a real n8n 2.41.1: the WhatsApp examples run against the sandbox. A user
// message reaches the trigger as a chatbot callback and the WhatsApp node answers it (text, then a
// picture uploaded from a binary); a spreadsheet of contacts becomes a chunked bulk template send.
import * as fs from 'fs';

import type { Sandbox } from '../../sandbox';
import { startSandbox } from '../../sandbox';
import { demoCredentials } from '../../scripts/demo/demo-examples';
import {
	createN8nInstance,
	ensureN8nRuntime,
	executeWorkflow,
	getExecutions,
	importCredentials,
	importWorkflow,
	installProjectPackage,
	N8nRestSession,
	nodeOutputItems,
	removeN8nInstance,
	servePublishedWorkflow,
	waitForExecutions,
	type N8nInstance,
	type N8nServer,
} from '../../scripts/n8n-runtime';
import { examplePicture, exampleWorkflow } from './fixtures/examples';

const INSTALL_TIMEOUT_MS = 30 * 60 * 1000;
const STEP_TIMEOUT_MS = 4 * 60 * 1000;

describe('AIRudder WhatsApp in real n8n 2.41.1', () => {
	let instance: N8nInstance;
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startSandbox({ speed: 600 });
		instance = await createN8nInstance(await ensureN8nRuntime());
		await installProjectPackage(instance);
		await importCredentials(instance, demoCredentials(sandbox.url));
	}, INSTALL_TIMEOUT_MS);

	afterAll(async () => {
		await sandbox?.close();
		if (instance) removeN8nInstance(instance);
	});

	test(
		'a spreadsheet of 12 contacts becomes a bulk template send in chunks of 5',
		async () => {
			const id = await importWorkflow(instance, exampleWorkflow('whatsapp-bulk-reminders.json'));
			const execution = await executeWorkflow(instance, id);
			expect(execution.errorMessage).toBeUndefined();
			const chunks = nodeOutputItems(execution.run!, 'Send reminder template');
			expect(chunks.map((chunk) => chunk.contacts)).toEqual([5, 5, 2]);
			const batches = sandbox.chatbot.batches();
			expect(batches).toHaveLength(3);
			const receivers = batches.flatMap((batch) => batch.results);
			expect(receivers).toHaveLength(12);
			expect(receivers[11]).toMatchObject({ callee: '+628130000011', caseId: 'LN-2011', variables: { name: 'Customer 11', amount: '261000', due_date: '2026-12-15' } });
			expect(new Set(chunks.map((chunk) => chunk.batch_id))).toEqual(new Set(batches.map((batch) => batch.batchId)));
		},
		STEP_TIMEOUT_MS,
	);

	describe('on a running n8n with the answer workflow published', () => {
		let server: N8nServer;
		let session: N8nRestSession;
		const answer = exampleWorkflow('whatsapp-answer-user.json');
		const webhookId = (answer.nodes[0] as { webhookId: string }).webhookId;

		beforeAll(async () => {
			({ server, session } = await servePublishedWorkflow(instance, answer));
			sandbox.configureCallbacks({ url: server.webhookUrl(`${webhookId}/webhook`) });
		}, STEP_TIMEOUT_MS);

		afterAll(async () => await server?.stop());

		test(
			'a user message is answered with a text, then with a picture uploaded from a binary',
			async () => {
				const { conversation } = sandbox.chatbot.userWrites('+6281355500001', 'I paid yesterday');
				const answered = async () => conversation.messages.filter((message) => message.senderType === 'chatbot').length === 2;
				for (let waited = 0; !(await answered()) && waited < 60_000; waited += 250) await new Promise((resolve) => setTimeout(resolve, 250));
				const [text, picture] = conversation.messages.filter((message) => message.senderType === 'chatbot');
				expect(text).toMatchObject({ type: 'text', text: 'Thanks! We received: "I paid yesterday". Here is your receipt.' });
				expect(picture).toMatchObject({ type: 'image', media: { caption: 'Your receipt', file_id: expect.any(String) } });
				const uploaded = sandbox.chatbot.upload(String(picture.media!.file_id))!;
				expect(uploaded).toMatchObject({ fileName: 'receipt.png', mimeType: 'image/png' });
				expect(fs.readFileSync(uploaded.path).equals(examplePicture(answer))).toBe(true);

				// The status callbacks of the two answers arrive too; the filter lets only the user message through.
				await sandbox.clock.runUntilIdle();
				const delivered = sandbox.log.callbacks.filter((delivery) => delivery.delivered);
				await waitForExecutions(session, answer.id as string, delivered.length, { timeoutMs: 60_000 });
				const executions = await getExecutions(instance, session, answer.id as string);
				expect(executions.every((execution) => execution.status === 'success')).toBe(true);
				const answering = executions.filter((execution) => execution.data.resultData.runData['Answer with text']);
				expect(answering).toHaveLength(1);
			},
			STEP_TIMEOUT_MS,
		);
	});
});
