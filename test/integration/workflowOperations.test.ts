// Test code never ships: the workflow operations through n8n-core against the sandbox over HTTP.
import { endpoints } from '../../sandbox/contract';
import { readItemBinary } from '../harness/index';
import { TestClient } from '../sandbox/client';
import type { ICallFixture } from './icallFixture';
import { byId, startFixture } from './icallFixture';

let fx: ICallFixture;
let client: TestClient;
const answers = '+6281700000001';
const neverAnswers = '+6281700000002';
const epochMs = Date.now();

beforeAll(async () => {
	fx = await startFixture({ epochMs, outcomes: { [answers]: 'answered', [neverAnswers]: 'noAnswer' } });
	client = new TestClient(fx.sandbox);
	await client.login();
});
afterAll(async () => await fx.sandbox.close());

/** A workflow end time one virtual day ahead of the sandbox clock, in AIRudder's format. */
function tomorrow(): string {
	const utc8 = new Date(fx.sandbox.clock.now() + 86_400_000 + 8 * 3_600_000).toISOString();
	return `${utc8.slice(0, 10)} ${utc8.slice(11, 19)}+08:00`;
}

/** A workflow made straight on the sandbox, run to its end time. */
async function finishedWorkflow(templateId = 101): Promise<string> {
	const data = await client.data('workflowCreate', {
		templateId,
		name: 'Seeded',
		endTime: tomorrow(),
		details: [
			{ number: answers, caseId: 'A1', variables: { name: 'Ani' } },
			{ number: neverAnswers, caseId: 'B2' },
		],
	});
	await fx.sandbox.clock.runUntilIdle();
	return data[endpoints.workflowCreate.result.workflowId];
}

const last = (id: Parameters<ICallFixture['sandbox']['log']['last']>[0]) => fx.sandbox.log.last(id)!;

describe('workflow resources', () => {
	let workflowId: string;
	beforeAll(async () => {
		workflowId = await finishedWorkflow();
	});

	it('lists templates with their query paging, and finds them for the locator', async () => {
		const output = await fx.run({ resource: 'workflowTemplate', operation: 'getMany', returnAll: false, limit: 2 });
		expect(output.map((item) => item.json.workflow_template_id)).toEqual([103, 102]);
		expect(last('workflowTemplateGetMany').query).toEqual({ page: '1', page_size: '2' });
		const search = await fx.search('searchWorkflowTemplates');
		expect(search.results.map((result) => result.value)).toEqual(['103', '102', '101']);
	});

	it('lists workflows filtered by status and finds them for the locator', async () => {
		const output = await fx.run({ resource: 'workflow', operation: 'getMany', returnAll: true, status: 'finished' });
		expect(output.map((item) => item.json.workflow_id)).toContain(workflowId);
		expect(last('workflowGetMany').query).toEqual({ page: '1', page_size: '100', status: 'finished' });
		const search = await fx.search('searchWorkflows', 'Seeded');
		expect(search.results.map((result) => result.value)).toContain(workflowId);
	});

	it('gets the subtasks, the outbound tasks and their calls (POST list endpoints page in the body)', async () => {
		const subtasks = await fx.run({ resource: 'workflow', operation: 'getSubtasks', workflow: byId(workflowId), returnAll: true });
		expect(subtasks).toHaveLength(2);
		expect(last('workflowGetSubtasks').query).toEqual({ workflow_id: workflowId });
		const [firstNode] = subtasks.map((item) => item.json as Record<string, string>);

		const tasks = await fx.run({ resource: 'workflowTask', operation: 'getMany', workflow: byId(workflowId), nodetaskId: firstNode.nodetask_id, returnAll: true });
		expect(last('workflowTaskGetMany').body).toEqual({ workflow_id: workflowId, nodetask_id: firstNode.nodetask_id });
		expect(tasks.map((item) => item.json.task_id)).toEqual([firstNode.task_id]);

		const calls = await fx.run({ resource: 'workflowTask', operation: 'getDetails', taskId: firstNode.task_id, returnAll: false, limit: 1 });
		expect(last('workflowTaskGetDetails').body).toEqual({ task_id: firstNode.task_id, page: 1, page_size: 1 });
		expect(last('workflowTaskGetDetails').query).toEqual({});
		expect(calls).toHaveLength(1);
		expect(calls[0].json).toMatchObject({ workflow_id: workflowId, nodetask_id: firstNode.nodetask_id, case_id: 'A1', callee: answers });

		// These POSTs only read: a 5xx is retried like a GET's, and no "may have been applied" advice.
		const detailReads = fx.sandbox.log.count('workflowTaskGetDetails');
		fx.sandbox.faults.set({ serverErrorOn: [1] }, 'workflowTaskGetDetails');
		try {
			const again = await fx.run({ resource: 'workflowTask', operation: 'getDetails', taskId: firstNode.task_id, returnAll: false, limit: 1, requestOptions: { retryBaseDelayMs: 5 } });
			expect(again.map((item) => item.json)).toEqual(calls.map((item) => item.json));
			expect(fx.sandbox.log.count('workflowTaskGetDetails') - detailReads).toBe(2);
		} finally {
			fx.sandbox.faults.clear();
		}

		const all = await fx.run({ resource: 'workflowTask', operation: 'getDetailsInfoCheck', taskId: firstNode.task_id, returnAll: true });
		expect(all).toHaveLength(2);
		expect(last('workflowTaskGetDetailsInfoCheck').body).toEqual({ task_id: firstNode.task_id, page: 1, page_size: 100 });
	});

	it('gets calls by contact and by call ID, and recordings as binary', async () => {
		const byContact = await fx.run({ resource: 'workflowCall', operation: 'get', caseId: 'B2', workflowId: byId(workflowId), returnAll: true });
		// A node saved before the picker holds the ID as plain text: it still runs.
		const fromText = await fx.run({ resource: 'workflowCall', operation: 'get', caseId: 'B2', workflowId, returnAll: true });
		expect(fromText.map((item) => item.json)).toEqual(byContact.map((item) => item.json));
		expect(last('workflowCallGet').query).toEqual({ case_id: 'B2', workflow_id: workflowId });
		expect(byContact.map((item) => item.json.callee)).toEqual([neverAnswers, neverAnswers]);

		const [one] = await fx.run({ resource: 'workflowCall', operation: 'getById', callId: String(byContact[0].json.call_id) });
		expect(last('workflowCallGetById').query).toEqual({ call_id: byContact[0].json.call_id });
		expect(one.json.callee).toBe(neverAnswers);

		const recordings = await fx.run({ resource: 'workflowCall', operation: 'getRecordings', workflow: byId(workflowId), callee: answers });
		expect(last('workflowCallGetRecordings').query).toEqual({ workflow_id: workflowId, callee: answers });
		expect(recordings).toHaveLength(1);
		const audio = await readItemBinary(recordings[0], 'data');
		expect(audio.subarray(0, 4).toString('ascii')).toBe('RIFF');
	});

	it('finds a workflow by contact, converting the dates to UTC+8', async () => {
		const start = new Date(epochMs - 3_600_000).toISOString();
		const end = new Date(epochMs + 3_600_000).toISOString();
		const found = await fx.run({ resource: 'workflow', operation: 'findByContact', callee: '+62 817 0000 0001', startTime: start, endTime: end, returnAll: true });
		const utc8 = (ms: number) => {
			const text = new Date(ms + 8 * 3_600_000).toISOString();
			return `${text.slice(0, 10)} ${text.slice(11, 19)}+08:00`;
		};
		expect(last('workflowFindByContact').body).toEqual({
			callee: answers,
			start_time: utc8(epochMs - 3_600_000),
			end_time: utc8(epochMs + 3_600_000),
		});
		expect(found.map((item) => item.json.workflow_id)).toContain(workflowId);
	});

	it('refuses a limit of 0 before any request, naming the field', async () => {
		const before = fx.sandbox.log.count('workflowTemplateGetMany');
		await expect(fx.run({ resource: 'workflowTemplate', operation: 'getMany', returnAll: false, limit: 0 })).rejects.toThrow(
			'Item 0, field "Limit": must be a whole number of at least 1, got 0',
		);
		expect(fx.sandbox.log.count('workflowTemplateGetMany')).toBe(before);
	});

	it('refuses a page size of 0 set through the escape hatch before any request, naming the field', async () => {
		const templates = fx.sandbox.log.count('workflowTemplateGetMany');
		await expect(fx.run({ resource: 'workflowTemplate', operation: 'getMany', returnAll: true, additionalQueryParameters: '{"page_size": 0}' })).rejects.toThrow(
			'Item 0, field "Additional Query Parameters › page_size": must be a whole number of at least 1, got 0',
		);
		expect(fx.sandbox.log.count('workflowTemplateGetMany')).toBe(templates);
		const details = fx.sandbox.log.count('workflowTaskGetDetails');
		await expect(
			fx.run({ resource: 'workflowTask', operation: 'getDetails', taskId: 'T1', returnAll: true, additionalBodyFields: { page_size: '0' } }),
		).rejects.toThrow('Item 0, field "Additional Body Fields › page_size": must be a whole number of at least 1, got "0"');
		expect(fx.sandbox.log.count('workflowTaskGetDetails')).toBe(details);
		const output = await fx.run({ resource: 'workflowTemplate', operation: 'getMany', returnAll: true, additionalQueryParameters: '{"page_size": 0}' }, undefined, true);
		expect(output[0].json.error).toMatch(/page_size/);
		for (const text of ['1e1', '0x10', ' 2 ', '-1', '2.5']) {
			const refused = fx.run({ resource: 'workflowTemplate', operation: 'getMany', returnAll: true, additionalQueryParameters: { page_size: text } });
			await expect(refused).rejects.toThrow(`"Additional Query Parameters › page_size": must be a whole number of at least 1, got ${JSON.stringify(text)}`);
		}
		expect(fx.sandbox.log.count('workflowTemplateGetMany')).toBe(templates);
		// Digits as text are sent as written; a null counts as not set.
		const asText = await fx.run({ resource: 'workflowTemplate', operation: 'getMany', returnAll: true, additionalQueryParameters: { page_size: '2' } });
		const unset = await fx.run({ resource: 'workflowTemplate', operation: 'getMany', returnAll: true, additionalQueryParameters: { page_size: null, page: null } });
		expect(asText.map((item) => item.json)).toEqual(unset.map((item) => item.json));
		expect(fx.sandbox.log.last('workflowTemplateGetMany')!.query).toMatchObject({ page: '1' });
	});

	it('refuses one-of pairs left empty, naming the item and the fields in the user’s words, before any request', async () => {
		const before = fx.sandbox.log.count('workflowFindByContact');
		const run = fx.run({ resource: 'workflow', operation: 'findByContact', startTime: '2026-01-01T00:00:00Z', endTime: '2026-01-02T00:00:00Z' });
		await expect(run).rejects.toThrow('Item 0: set one of "Phone Number" (callee) or "Case ID" (case_id)');
		expect(fx.sandbox.log.count('workflowFindByContact')).toBe(before);
		const output = await fx.run({ resource: 'workflowCall', operation: 'get', callee: answers, returnAll: true }, [{ json: {} }], true);
		expect(output[0].json.error).toBe('Item 0: set one of "Workflow" (workflow_id) or "Outbound Task ID" (task_id)');
	});

	it('verifies the API node push of a contact', async () => {
		const apiWorkflow = await finishedWorkflow(102);
		const [push] = await fx.run({ resource: 'workflow', operation: 'verifyApiNodePush', workflow: byId(apiWorkflow), nodeId: 'node-api-1', callee: answers, caseId: 'A1' });
		expect(last('workflowVerifyApiNodePush').body).toEqual({ workflow_id: apiWorkflow, node_id: 'node-api-1', callee: answers, case_id: 'A1' });
		expect(push.json).toMatchObject({ workflow_id: apiWorkflow, node_id: 'node-api-1', callee: { case_id: 'A1', callee_number: answers, name: 'Ani' } });

		const waba = await fx.run({ resource: 'workflowWaba', operation: 'getMany', workflow: byId(apiWorkflow), returnAll: true });
		expect(last('workflowWabaGetMany').query).toEqual({ workflow_id: apiWorkflow });
		const messages = await fx.run({ resource: 'workflowWaba', operation: 'getDetails', wabaTaskId: String(waba[0].json.waba_task_id), returnAll: true });
		expect(last('workflowWabaGetDetails').query).toEqual({ waba_task_id: waba[0].json.waba_task_id, page: '1', page_size: '100' });
		expect(messages.map((item) => item.json.callee)).toEqual([answers, neverAnswers]);
	});

	it('cancels a contact and stops a workflow; the escape hatch adds fields', async () => {
		const data = await client.data('workflowCreate', { templateId: 101, name: 'Live', endTime: tomorrow(), details: [{ number: answers, caseId: 'L1' }, { number: neverAnswers, caseId: 'L2' }] });
		const live = data.workflow_id;
		const [cancelled] = await fx.run({ resource: 'workflowContact', operation: 'cancel', workflow: byId(live), caseId: 'L2' });
		expect(last('workflowContactCancel').body).toEqual({ workflow_id: live, case_id: 'L2' });
		expect(cancelled.json.workflow_id).toBe(live);
		const [stopped] = await fx.run({ resource: 'workflow', operation: 'stop', workflow: byId(live), additionalBodyFields: '{"reason":"campaign over"}' });
		expect(last('workflowStop').body).toEqual({ workflow_id: live, reason: 'campaign over' });
		expect(stopped.json.status).toBe('stopped');
		const again = await fx.run({ resource: 'workflow', operation: 'stop', workflow: byId(live) }, [{ json: {} }], true);
		expect(again[0].json.error).toMatch(/AIRudder error 10513: workflow_id: workflow ".*" is already stopped/);
	});
});
