// Test code never ships: Account: Check of both action nodes through n8n-core against the sandbox.
import type { INodeExecutionData } from 'n8n-workflow';
import { sandboxRobots, sandboxStrategies, sandboxTemplates, sandboxWabaAccounts, sandboxWorkflowTemplates } from '../../sandbox';
import type { Sandbox } from '../../sandbox';
import { TestClient } from '../sandbox/client';
import type { ICallFixture } from './icallFixture';
import { CREDENTIAL, startFixture } from './icallFixture';
import { startWhatsAppFixture } from './whatsappFixture';

const check = { resource: 'account', operation: 'check' };
const debtorPhones = ['+6281200000101', '+6281200000102'];
const chatPhone = '+6281300000777';

/** The last item of a check: its summary. */
const summaryOf = (output: INodeExecutionData[]) => output[output.length - 1].json;
const MATCHES = 'matches the model';
/** Each read's outcome by its name, in the order of the reads. */
const outcomesOf = (output: INodeExecutionData[]) => Object.fromEntries(output.slice(0, -1).map((item) => [item.json.check, item.json.outcome]));
const allMatch = (reads: string[]) => Object.fromEntries(reads.map((read) => [read, MATCHES]));
const stepOf = (output: INodeExecutionData[], name: string) => output.find((item) => item.json.check === name)?.json;

/** A world with a task, a plan, a workflow and a conversation, each carrying names, numbers and IDs. */
async function seed(sandbox: Sandbox): Promise<void> {
	const client = new TestClient(sandbox);
	await client.login();
	await client.data('taskCreate', {
		taskName: 'Secret_task_name',
		robotId: sandboxRobots[0].id,
		type: 'normal',
		contacts: debtorPhones.map((number, index) => ({ number, caseId: `CASE-SECRET-${index}`, variables: { name: `Debtor Secretname ${index}` } })),
	});
	await client.data('planCreate', { planName: 'Secret plan name', strategyId: sandboxStrategies[0].id, contacts: [{ number: debtorPhones[0] }] });
	const utc8 = new Date(sandbox.clock.now() + 86_400_000 + 8 * 3_600_000).toISOString();
	await client.data('workflowCreate', {
		templateId: sandboxWorkflowTemplates[0].id,
		name: 'Secret workflow',
		endTime: `${utc8.slice(0, 10)} ${utc8.slice(11, 19)}+08:00`,
		details: [{ number: debtorPhones[1], caseId: 'CASE-SECRET-WF', variables: { name: 'Wf Secretname' } }],
	});
	sandbox.chatbot.userWrites(chatPhone, 'My secret reply text');
	await sandbox.clock.runUntilIdle();
}

/** Every phone, name, text and ID the sandbox's world holds (short numeric template IDs are matched as whole JSON values). */
function worldValues(sandbox: Sandbox): string[] {
	const values = [
		...debtorPhones,
		chatPhone,
		'Secret_task_name', 'Secret plan name', 'Secret workflow', 'Secretname', 'CASE-SECRET', 'My secret reply text',
		...sandboxRobots.flatMap((robot) => [robot.id, robot.name]),
		...sandboxStrategies.flatMap((strategy) => [strategy.id, strategy.name]),
		...sandboxWorkflowTemplates.map((template) => template.name),
		...sandboxWabaAccounts.flatMap((account) => [account.id, account.name, account.phoneNumber]),
		...sandboxTemplates.flatMap((template) => [template.name, template.body]),
		...sandbox.state.tasks().map((task) => task.taskId),
		...sandbox.state.calls().map((call) => call.callId),
		...sandbox.state.plans().map((plan) => plan.planId),
		...sandbox.state.workflows().map((instance) => instance.workflowId),
		...sandbox.chatbot.conversations().flatMap((conversation) => [conversation.conversationId, ...conversation.messages.map((message) => message.msgId)]),
	];
	return values.map(String);
}

function leaks(output: unknown, sandbox: Sandbox): string[] {
	const text = JSON.stringify(output);
	const found = worldValues(sandbox).filter((value) => text.includes(value));
	const templateIds = [...sandboxTemplates.map((template) => template.id), ...sandboxWorkflowTemplates.map((template) => String(template.id))];
	return [...found, ...templateIds.filter((id) => new RegExp(`[":\\s]${id}[",\\s]`).test(text))];
}

describe('AIRudder iCall: Account: Check', () => {
	let fx: ICallFixture;
	beforeAll(async () => {
		fx = await startFixture();
		await seed(fx.sandbox);
	});
	afterAll(async () => await fx.sandbox.close());

	it('says a clean account matches the model, reading each list and detail once with the smallest page', async () => {
		const before = fx.sandbox.log.entries.length;
		const output = await fx.run(check);
		const reads = ['robot.getMany', 'strategy.getMany', 'task.getMany', 'task.getMany (plans)', 'workflowTemplate.getMany', 'workflow.getMany', 'task.get', 'plan.getStatus', 'workflow.getSubtasks'];
		expect(output.map((item) => item.json.check)).toEqual([...reads, undefined]);
		expect(outcomesOf(output)).toEqual(allMatch(reads));
		expect(summaryOf(output)).toMatchObject({ accountCheck: 'matches the model', differences: [], notEnabled: [], failed: [], skipped: [] });
		const requests = fx.sandbox.log.entries.slice(before).filter((entry) => entry.endpointId !== 'auth');
		expect(requests.every((entry) => entry.method === 'GET')).toBe(true);
		const taskList = requests.find((entry) => entry.endpointId === 'taskGetMany')!;
		expect(taskList.query).toMatchObject({ Page: '1', Number: '1', Type: 'normal' });
		expect(stepOf(output, 'task.get')!.shape).toMatchObject({ code: 'number', 'data.list[].Callee': 'text (digits, short)' });
		expect(output.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	it('puts no phone number, name, ID or token of the account into any item', async () => {
		// The scan finds what a plain read outputs: it would see a leak.
		expect(leaks(await fx.run({ resource: 'task', operation: 'get', task: { __rl: true, mode: 'id', value: fx.sandbox.state.tasks()[0].taskId }, returnAll: true }), fx.sandbox)).not.toEqual([]);
		const output = await fx.run(check);
		expect(leaks(output, fx.sandbox)).toEqual([]);
		expect(JSON.stringify(output)).not.toContain(fx.token());
	});

	it('reports an endpoint that answers 404 or 403 as not enabled, and goes on', async () => {
		fx.sandbox.faults.set({ serverErrorRate: 1, serverErrorStatus: 404 }, 'strategyGetMany');
		fx.sandbox.faults.set({ serverErrorRate: 1, serverErrorStatus: 403 }, 'workflowGetMany');
		try {
			const output = await fx.run(check);
			expect(stepOf(output, 'strategy.getMany')).toMatchObject({ outcome: 'not enabled for this account', httpStatus: 404 });
			expect(stepOf(output, 'workflow.getMany')).toMatchObject({ outcome: 'not enabled for this account', httpStatus: 403 });
			expect(stepOf(output, 'workflow.getSubtasks')).toMatchObject({ outcome: 'skipped', reason: 'no workflow found by the reads before it' });
			expect(stepOf(output, 'task.get')!.outcome).toBe('matches the model');
			expect(summaryOf(output)).toMatchObject({
				accountCheck: 'matches the model',
				notEnabled: ['strategy.getMany (GET /service/cloud/strategy)', 'workflow.getMany (GET /service/cloud/workflow/list)'],
			});
		} finally {
			fx.sandbox.faults.clear();
		}
	});

	it('stops with the credential test\'s message when the credential cannot log in, and reads nothing', async () => {
		const stored = fx.credentials.storedData(CREDENTIAL);
		fx.credentials.setStoredData(CREDENTIAL, { ...stored, appSecret: 'wrong-secret-value', token: '' });
		const before = fx.sandbox.log.entries.length;
		try {
			const error = await fx.run(check).catch((e: unknown) => e);
			expect((error as Error).message).toContain('AIRudder rejected the App Key or App Secret');
			expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain('wrong-secret-value');
			const tried = fx.sandbox.log.entries.slice(before).map((entry) => entry.endpointId);
			expect(tried.every((id) => id === 'auth')).toBe(true);
		} finally {
			fx.credentials.setStoredData(CREDENTIAL, { ...stored, token: '' });
		}
	});

	it('stops at a token refused again after a new login, with the credential test\'s words', async () => {
		fx.sandbox.faults.set({ tokenExpiryRate: 1 });
		const before = fx.sandbox.log.entries.length;
		try {
			const error = await fx.run(check).catch((e: unknown) => e);
			expect((error as Error).message).toMatch(/^AIRudder refused the token it just issued \(HTTP 401 after a new login\): the account check stops/);
			const read = fx.sandbox.log.entries.slice(before).map((entry) => entry.endpointId);
			expect(new Set(read.filter((id) => id !== 'auth'))).toEqual(new Set(['robotGetMany']));
		} finally {
			fx.sandbox.faults.clear();
		}
	});
});

describe('Account: Check against a drifted account', () => {
	let fx: ICallFixture;
	beforeAll(async () => {
		fx = await startFixture({ drifted: true });
		await seed(fx.sandbox);
	});
	afterAll(async () => await fx.sandbox.close());

	it('names each drift exactly: a renamed key, another envelope, a list under another property', async () => {
		const output = await fx.run(check);
		expect(stepOf(output, 'robot.getMany')).toMatchObject({
			outcome: 'differs from the model',
			differences: ['field "RobotID" is missing'],
			unmodeledFields: ['RobotId'],
		});
		expect(stepOf(output, 'strategy.getMany')).toMatchObject({
			outcome: 'differs from the model',
			differences: ['unknown envelope: no "code" key (top-level keys: "errcode", "errmsg", "result")'],
		});
		expect(stepOf(output, 'workflow.getMany')).toMatchObject({
			outcome: 'differs from the model',
			differences: ['the paging rule cannot find the list: no list directly in "data"; lists sit at "data.result.list"'],
		});
		expect(stepOf(output, 'task.getMany')!.outcome).toBe('matches the model');
		const summary = summaryOf(output);
		expect(summary.accountCheck).toBe('3 difference(s) from the model');
		expect(summary.differences).toEqual([
			'robot.getMany (GET /service/cloud/robot): field "RobotID" is missing',
			'strategy.getMany (GET /service/cloud/strategy): unknown envelope: no "code" key (top-level keys: "errcode", "errmsg", "result")',
			'workflow.getMany (GET /service/cloud/workflow/list): the paging rule cannot find the list: no list directly in "data"; lists sit at "data.result.list"',
		]);
		expect(summary.forIssue).toContain('fields the model does not name: RobotId');
		expect(leaks(output, fx.sandbox)).toEqual([]);
	});
});

describe('AIRudder WhatsApp: Account: Check', () => {
	it('says a clean account matches the model, without a value of the account', async () => {
		const fx = await startWhatsAppFixture();
		try {
			await seed(fx.sandbox);
			const output = await fx.run(check);
			expect(outcomesOf(output)).toEqual(allMatch(['wabaAccount.getMany', 'template.getMany', 'conversation.getMany', 'template.get', 'message.getMany']));
			expect(summaryOf(output).accountCheck).toBe('matches the model');
			expect(leaks(output, fx.sandbox)).toEqual([]);
		} finally {
			await fx.sandbox.close();
		}
	});

	it('names a field of another type on a drifted account', async () => {
		const fx = await startWhatsAppFixture({ drifted: true });
		try {
			await seed(fx.sandbox);
			const output = await fx.run(check);
			expect(stepOf(output, 'template.getMany')).toMatchObject({
				outcome: 'differs from the model',
				differences: ['field "languages" holds text (short), where the package expects a list'],
			});
			expect(stepOf(output, 'template.get')!.outcome).toBe('differs from the model');
			expect(leaks(output, fx.sandbox)).toEqual([]);
		} finally {
			await fx.sandbox.close();
		}
	});
});
