// Dev tooling (tests of the iCall sandbox): never ships in the n8n package.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { recognizeEvent } from '../../nodes/ICall/trigger/recognize';
import { callStatuses, contactFinishedPayload, endpoints, nodetaskRow, wabaMessageRow, workflowCallRow, workflowRow, workflowStatuses, workflowTemplateRow } from '../../sandbox/contract';
import { sandboxErrorCodes, startSandbox, type Sandbox } from '../../sandbox/index';
import { TestClient, phoneNumbers } from './client';
import { startReceiver } from './receiver';

const answers = '+6281300000001';
const neverAnswers = '+6281300000002';
const epochMs = Date.UTC(2026, 10, 25, 1, 0, 0); // 09:00 in UTC+8
const inOneDay = '2026-11-26 09:00:00+08:00';

describe('sandbox: workflows', () => {
	let sandbox: Sandbox;
	let client: TestClient;
	let receiver: Awaited<ReturnType<typeof startReceiver>>;

	beforeEach(async () => {
		sandbox = await startSandbox({ speed: 'manual', epochMs, outcomes: { [answers]: 'answered', [neverAnswers]: 'noAnswer' } });
		receiver = await startReceiver();
		sandbox.configureCallbacks({ url: receiver.url });
		client = new TestClient(sandbox);
		await client.login();
	});
	afterEach(async () => {
		await sandbox.close();
		await receiver.close();
	});

	const events = (id: string) => receiver.received.map((callback) => callback.json).filter((json) => recognizeEvent(json) === id);

	async function create(templateId: number, numbers: string[], extra: Record<string, unknown> = {}): Promise<string> {
		const data = await client.data('workflowCreate', {
			templateId,
			name: 'November wave',
			endTime: inOneDay,
			details: numbers.map((number, index) => ({ number, caseId: `C${index}`, variables: { name: `N${index}` } })),
			...extra,
		});
		return data[endpoints.workflowCreate.result.workflowId];
	}

	it('lists templates newest first, a page at a time', async () => {
		const first = await client.data('workflowTemplateGetMany', { page: 1, size: 2 });
		expect(first.list.map((row: any) => row[workflowTemplateRow.templateId])).toEqual([103, 102]);
		expect(first.total).toBe(3);
		const second = await client.data('workflowTemplateGetMany', { page: 2, size: 2 });
		expect(second.list.map((row: any) => row[workflowTemplateRow.templateId])).toEqual([101]);
	});

	it('walks contacts through call nodes on the clock: the second call node dials only the unanswered', async () => {
		const workflowId = await create(101, [answers, neverAnswers]);
		await sandbox.clock.runUntilIdle();

		const subtasks = await client.data('workflowGetSubtasks', { workflowId });
		expect(subtasks).toHaveLength(2);
		const [first, second] = subtasks.map((row: any) => row[nodetaskRow.taskId]);
		expect(sandbox.state.calls(first).map((call) => call.callee)).toEqual([answers, neverAnswers]);
		expect(sandbox.state.calls(second).map((call) => call.callee)).toEqual([neverAnswers]);

		const details = await client.data('workflowTaskGetDetails', { taskId: first, page: 1, size: 10 });
		expect(details.list[0]).toMatchObject({
			[workflowCallRow.workflowId]: workflowId,
			[workflowCallRow.workflowName]: 'November wave',
			[workflowCallRow.nodetaskName]: 'First call',
			[workflowCallRow.caseId]: 'C0',
			[workflowCallRow.callStatus]: callStatuses.answered,
		});
		const finished = events('workflow.contactFinished');
		expect(finished.map((json) => json[contactFinishedPayload.calleeNumber]).sort()).toEqual([answers, neverAnswers].sort());
		const late = finished.find((json) => json[contactFinishedPayload.calleeNumber] === neverAnswers);
		expect(late[contactFinishedPayload.rows].map((row: any) => row[nodetaskRow.taskId])).toEqual([first, second]);
		expect(events('workflow.callFinished')).toHaveLength(3);
		expect(events('call.finished')).toHaveLength(0);

		const tasks = await client.data('workflowTaskGetMany', { workflowId });
		expect(tasks.map((row: any) => row[nodetaskRow.taskId])).toEqual([first, second]);
		const recordings = await client.data('workflowCallGetRecordings', { workflowId, callee: answers });
		expect(recordings).toHaveLength(1);
		expect(recordings[0][workflowCallRow.recordingUrl]).toMatch(/^http/);
		const byId = await client.data('workflowCallGetById', { callId: recordings[0][workflowCallRow.callId] });
		expect(byId[workflowCallRow.callee]).toBe(answers);
		const byCase = await client.data('workflowCallGet', { caseId: 'C1', workflowId });
		expect(byCase).toHaveLength(2);
	});

	it('messages contacts in a WABA node, pushes them to the API node and posts every workflow webhook', async () => {
		const workflowId = await create(102, phoneNumbers(20, '+62814'));
		await sandbox.clock.runUntilIdle();
		const wabaTasks = await client.data('workflowWabaGetMany', { workflowId });
		expect(wabaTasks).toHaveLength(1);
		const messages = await client.data('workflowWabaGetDetails', { wabaTaskId: wabaTasks[0].waba_task_id, page: 1, size: 50 });
		expect(messages.list).toHaveLength(20);
		const statuses = new Set(messages.list.map((row: any) => row[wabaMessageRow.status]));
		expect([...statuses].every((status) => ['delivery', 'read', 'failed'].includes(status as string))).toBe(true);
		expect(events('workflow.wabaMessageStatus').length).toBeGreaterThanOrEqual(40);
		// The D payload of a session end also carries workflow_id, nodetask_id, call_id and callee, which the
		// catalog's call-finished rule matches too (reported to the trigger owner); find it by its own keys.
		const sessionEnds = receiver.received.map((callback) => callback.json).filter((json) => json.session_end_reason !== undefined);
		expect(sessionEnds.length).toBe(messages.list.filter((row: any) => row.status === 'read').length);
		expect(sessionEnds[0]).toMatchObject({ workflow_id: workflowId, waba_task_id: wabaTasks[0].waba_task_id, channel: 'WhatsApp' });
		expect(events('workflow.apiNodePush')).toHaveLength(20);
		expect(events('workflow.contactFinished')).toHaveLength(20);
		const push = await client.data('workflowVerifyApiNodePush', { workflowId, nodeId: 'node-api-1', callee: '+628141000003' });
		expect(push).toEqual({
			workflow_id: workflowId,
			workflow_name: expect.any(String),
			node_id: 'node-api-1',
			node_name: 'Push to CRM',
			callee: { case_id: 'C3', callee_name: '', callee_gender: '', callee_number: '+628141000003', platform_name: '', extra_a: '', name: 'N3' },
		});
		// What the trigger receives is the documented body and nothing else.
		expect(Object.keys(events('workflow.apiNodePush')[0])).toEqual(['workflow_id', 'workflow_name', 'node_id', 'node_name', 'callee']);
	});

	it('reports Info Check calls with their result object', async () => {
		await create(103, [answers]);
		await sandbox.clock.runUntilIdle();
		const [call] = events('workflow.callFinishedInfoCheck');
		expect(call[workflowCallRow.infoCheckResult]).toEqual({ identity_confirmed: true, answer: expect.any(String) });
	});

	it('stops a workflow: open calls are cancelled, nobody reaches the next node, the status webhook says so', async () => {
		const workflowId = await create(101, [answers, neverAnswers]);
		await sandbox.clock.advance(500);
		await client.data('workflowStop', { workflowId });
		await sandbox.clock.runUntilIdle();
		const workflow = sandbox.state.workflow(workflowId)!;
		expect(workflow.status).toBe(workflowStatuses.stopped);
		expect(workflow.nodetasks[1].taskIds).toEqual([]);
		expect(events('workflow.contactFinished')).toHaveLength(0);
		expect(events('workflow.statusChanged').map((json) => json.status)).toEqual([workflowStatuses.running, workflowStatuses.stopped]);
		const again = await client.call('workflowStop', { workflowId });
		expect(again.json?.code).toBe(sandboxErrorCodes.taskAlreadyFinished);
	});

	it('cancels one contact: its call ends and it visits no further node; a second cancel is refused', async () => {
		const workflowId = await create(101, [answers, neverAnswers]);
		await client.data('workflowContactCancel', { workflowId, caseId: 'C1' });
		await sandbox.clock.runUntilIdle();
		const [, second] = sandbox.state.workflow(workflowId)!.nodetasks;
		expect(second.taskIds).toEqual([]);
		expect(events('workflow.contactFinished').map((json) => json.callee_number)).toEqual([answers]);
		const again = await client.call('workflowContactCancel', { workflowId, caseId: 'C1' });
		expect(again.json?.code).toBe(sandboxErrorCodes.callAlreadyEnded);
	});

	it('adds and updates contacts, and finds the workflow of a contact', async () => {
		const workflowId = await create(101, [answers]);
		await client.data('workflowContactAdd', { workflowId, details: [{ number: neverAnswers, caseId: 'LATE' }] });
		await client.data('workflowContactUpdate', { workflowId, details: [{ number: neverAnswers, caseId: 'LATE', variables: { amount: '9' } }] });
		expect(sandbox.state.workflow(workflowId)!.contacts.map((contact) => contact.variables)).toEqual([{ name: 'N0' }, { amount: '9' }]);
		const found = await client.data('workflowFindByContact', { caseId: 'LATE', startTime: '2026-11-25 00:00:00+08:00', endTime: inOneDay });
		expect(found.map((row: any) => row[workflowRow.workflowId])).toEqual([workflowId]);
		const missing = await client.call('workflowContactUpdate', { workflowId, details: [{ number: '+6281399999999', caseId: 'NOPE' }] });
		expect(missing.json?.message).toMatch(/details\[0\]: no contact with case_id "NOPE"/);
	});

	it('validates strictly, with vendor-style errors', async () => {
		const expectParam = async (id: Parameters<TestClient['call']>[0], input: Record<string, unknown>, pattern: RegExp) => {
			const answer = await client.call(id, input);
			expect(answer.status).toBe(400);
			expect(answer.json?.message).toMatch(pattern);
		};
		const base = { templateId: 101, name: 'x', details: [{ number: answers }] };
		await expectParam('workflowCreate', { ...base, endTime: '2026-11-26 09:00:00' }, /^end_time: must look like "yyyy-MM-dd HH:mm:ss\+08:00"/);
		await expectParam('workflowCreate', { ...base, endTime: '2026-11-24 09:00:00+08:00' }, /^end_time: .* is not in the future/);
		await expectParam('workflowCreate', { ...base, templateId: '101', endTime: inOneDay }, /^workflow_template_id: must be an integer/);
		await expectParam('workflowCreate', { ...base, templateId: 999, endTime: inOneDay }, /unknown template 999/);
		await expectParam('workflowCreate', { ...base, endTime: inOneDay, details: [{ number: '0812' }] }, /^details\[0\]\.callee: "0812" is not an E\.164/);
		await expectParam('workflowContactCancel', { workflowId: 'abc' }, /^callee\/case_id: one of callee, case_id is required/);
		await expectParam('workflowCallGet', { callee: answers }, /^workflow_id\/task_id: one of/);
		await expectParam('workflowStop', { workflowId: 'nope' }, /no workflow with id "nope"/);
		const workflowId = await create(101, phoneNumbers(1000, '+62815'));
		const tooMany = phoneNumbers(9001, '+62816').map((number) => ({ number }));
		const answer = await client.call('workflowContactAdd', { workflowId, details: tooMany });
		expect(answer.json).toMatchObject({ code: sandboxErrorCodes.tooManyContacts });
		expect(answer.json?.message).toMatch(/at most 10000 contacts \(has 1000, adding 9001\)/);
	});

	it('injects faults into workflow endpoints like any other', async () => {
		sandbox.faults.set({ serverErrorRate: 1 }, 'workflowCreate');
		const answer = await client.call('workflowCreate', { templateId: 101, name: 'x', endTime: inOneDay });
		expect(answer.status).toBe(503);
		expect(sandbox.state.workflows()).toHaveLength(0);
	});
});
