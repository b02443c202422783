// Test code never ships: Safe dialing through n8n-core against the sandbox: preview, do-not-call list,
// calling-hours wiring, the AI-agent contact cap and the run's counts.
import { ExecuteContext } from 'n8n-core';
import type { INodeExecutionData } from 'n8n-workflow';

import type { CallingHours } from '../../nodes/ICall/operations/contacts/callingHours';
import type { ICallFixture } from './icallFixture';
import { byId, debtors, startFixture } from './icallFixture';

/**
 * The calling-hours checker is a module of its own with its own tests; here it is replaced, so that
 * these tests hold the pipeline's wiring (which contacts, which window, refuse or leave out) whatever
 * the zone data says. Like the real one, it answers by the number's calling code: here +1 is late.
 */
const checker = { hours: undefined as CallingHours | undefined, windows: [] as Array<{ start: number; end?: number }> };
jest.mock('../../nodes/ICall/operations/contacts/callingHours', () => ({
	...jest.requireActual('../../nodes/ICall/operations/contacts/callingHours'),
	readCallingHours: () => checker.hours,
	outsideCallingHours: (e164: string, window: { start: number; end?: number }) => {
		checker.windows.push(window);
		return e164.startsWith('+1') ? `${e164} would ring at night in its own time zone` : undefined;
	},
}));

let fx: ICallFixture;
let sealed: ICallFixture;
const epochMs = Date.now();
const accountKey = 'airudderredduria';

beforeAll(async () => {
	fx = await startFixture({ epochMs });
	sealed = await startFixture({ encryptionKey: accountKey }, { encryptionSecretKey: accountKey });
});
afterAll(async () => {
	await fx.sandbox.close();
	await sealed.sandbox.close();
});
afterEach(() => {
	checker.hours = undefined;
	checker.windows = [];
	jest.restoreAllMocks();
});

const robot = byId('robot-collection-01');
const task = { resource: 'task', operation: 'create', taskName: 'Safe_run', robot, contactsSource: 'items', phoneNumberField: 'phone', caseIdField: 'loanId' };
const tomorrow = new Date(epochMs + 86_400_000).toISOString();
const workflow = { resource: 'workflow', operation: 'create', template: byId('101'), name: 'Wave', endTime: tomorrow, contactsSource: 'items', phoneNumberField: 'phone' };
const allHours: CallingHours = { from: '08:00', to: '20:00', days: [1, 2, 3, 4, 5, 6], skipDates: [] };

function requestsTo(fixture: ICallFixture): number {
	return Object.values(fixture.sandbox.log.counts()).reduce((sum, count) => sum + count, 0);
}

/** Every input item comes out exactly once: paired with one output item, or with the first one and others. */
function pairedItems(output: INodeExecutionData[]): number[] {
	return output.flatMap((item) => [item.pairedItem ?? []].flat().map((paired) => (typeof paired === 'number' ? paired : paired.item))).sort((a, b) => a - b);
}

describe('Preview', () => {
	it('shows the exact request of Task: Create and sends nothing, not even a login', async () => {
		const output = await fx.run({ ...task, preview: true, additionalFields: { startTime: '2026-11-25T09:00:00' } }, debtors(3));
		expect(requestsTo(fx)).toBe(0);
		expect(fx.logins()).toBe(0);
		expect(output).toHaveLength(1);
		expect(output[0].json).toEqual({
			preview: true,
			method: 'POST',
			path: '/service/cloud/task',
			body: {
				TaskName: 'Safe_run',
				RobotID: 'robot-collection-01',
				ScheduleStartTime: '2026-11-25 09:00:00',
				Type: 'normal',
				Details: [0, 1, 2].map((index) => ({ Mobile: `+62812${String(index).padStart(7, '0')}`, CaseID: `L${index}`, name: `Debtor ${index}`, amount: 150000 + index })),
			},
			batch: 'chunk 1/1',
			contacts: 3,
			summary: { preview: true, wouldSend: 3, failed: 0, invalid: 0, duplicate: 0, excluded: 0, outsideHours: 0 },
		});
		expect(output[0].pairedItem).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	it('shows a 2 500-contact workflow as its three requests, each with its contacts paired, and every contact left out with its reason', async () => {
		const items = debtors(2502, 10_000);
		items[2500].json.phone = items[0].json.phone;
		items[2501].json.dnc = true;
		const output = await fx.run({ ...workflow, preview: true, duplicateNumbers: 'keepFirst', safeDialing: { excludeWhenField: 'dnc' } }, items);
		expect(requestsTo(fx)).toBe(0);
		const requests = output.filter((item) => item.json.method);
		expect(requests.map((item) => [item.json.path, item.json.contacts])).toEqual([
			['/service/cloud/workflow/createinstance', 1000],
			['/service/cloud/workflow/uploaddetails', 1000],
			['/service/cloud/workflow/uploaddetails', 500],
		]);
		expect((requests[1].json.body as Record<string, unknown>).workflow_id).toBe('<workflow_id of the answer to the first request>');
		expect(requests[2].pairedItem).toHaveLength(500);
		expect(output.filter((item) => item.json.leftOut).map((item) => [item.json.leftOut, item.pairedItem])).toEqual([
			['duplicate', { item: 2500 }],
			['excluded', { item: 2501 }],
		]);
		expect(pairedItems(output)).toEqual(items.map((_, index) => index));
		expect(output[0].json.summary).toEqual({ preview: true, wouldSend: 2500, failed: 0, invalid: 0, duplicate: 1, excluded: 1, outsideHours: 0 });
	});

	it('previews the plain body of an encrypted account, and no secret appears', async () => {
		const output = await sealed.run({ ...task, preview: true }, debtors(2));
		expect(requestsTo(sealed)).toBe(0);
		expect((output[0].json.body as Record<string, unknown>).TaskName).toBe('Safe_run');
		expect(JSON.stringify(output)).not.toMatch(new RegExp(`${accountKey}|demo-secret|Signed`));
	});

	it('previews the single sends: one item per request, nothing sent', async () => {
		const output = await fx.run({ resource: 'workflowContact', operation: 'cancel', workflow: byId('wf-1'), caseId: 'L1', preview: true }, [{ json: {} }, { json: {} }]);
		expect(requestsTo(fx)).toBe(0);
		expect(output.map((item) => item.json)).toEqual([0, 1].map(() => ({ preview: true, method: 'POST', path: '/service/cloud/workflow/canceldetail', body: { workflow_id: 'wf-1', case_id: 'L1' } })));
	});

	it('refuses a preview of bad rows the same way as the real run would, and under Continue On Fail answers every item once', async () => {
		const items = debtors(4, 20);
		items[1].json.phone = 'nope';
		await expect(fx.run({ ...task, preview: true }, items)).rejects.toThrow(/item 1, field "phone": "nope"/);
		const output = await fx.run({ ...task, preview: true }, items, true);
		expect(pairedItems(output)).toEqual([0, 1, 2, 3]);
		expect(output[0].json.summary).toMatchObject({ wouldSend: 3, invalid: 1 });
		expect(requestsTo(fx)).toBe(0);
	});
});

describe('Exclude Numbers and Exclude When Field Is True', () => {
	it('leaves out the do-not-call numbers in any written form and the flagged items, reports them, and never sends them', async () => {
		const items = debtors(6, 100);
		items[4].json.dnc = 'TRUE';
		const output = await fx.run({ ...task, taskName: 'Dnc_run', safeDialing: { excludeNumbers: '+62 812 000 0100\n0062-812-0000101, +19999999999', excludeWhenField: 'dnc' } }, items);
		const details = (fx.sandbox.log.last('taskCreate')!.body as { Details: Array<{ Mobile: string }> }).Details.map((detail) => detail.Mobile);
		expect(details).toEqual(['+628120000102', '+628120000103', '+628120000105']);
		expect(output).toHaveLength(1);
		expect(output[0].json.excludedLeftOut).toEqual([
			{ item: 0, number: '+628120000100', reason: '+628120000100 is on the do-not-call list (Exclude Numbers)' },
			{ item: 1, number: '+628120000101', reason: '+628120000101 is on the do-not-call list (Exclude Numbers)' },
			{ item: 4, number: '+628120000104', reason: 'its field "dnc" is true (Exclude When Field Is True)' },
		]);
		expect(pairedItems(output)).toEqual([0, 1, 2, 3, 4, 5]);
		expect(output[0].json.summary).toEqual({ sent: 3, failed: 0, invalid: 0, duplicate: 0, excluded: 3, outsideHours: 0 });
	});

	it('takes a list from an expression, and refuses one that gives an object, naming the field, before any request', async () => {
		const before = requestsTo(fx);
		await fx.run({ ...task, taskName: 'Dnc_list', preview: true, safeDialing: { excludeNumbers: '={{ ["+628120000200", 628120000201] }}' } }, debtors(3, 200)).then((output) => {
			expect(output.filter((item) => item.json.leftOut === 'excluded')).toHaveLength(1);
		});
		await expect(fx.run({ ...task, safeDialing: { excludeNumbers: '={{ { "phone": "+628120000200" } }}' } }, debtors(3, 200))).rejects.toThrow(
			'Item 0, field "Exclude Numbers": must be text or a list of phone numbers, got an object',
		);
		expect(requestsTo(fx)).toBe(before);
	});

	it('sends nothing when every contact is excluded, and says so on one item that answers them all', async () => {
		const before = fx.sandbox.log.count('taskCreate');
		const output = await fx.run({ ...task, safeDialing: { excludeWhenField: 'dnc' } }, debtors(2, 300).map((item) => ({ json: { ...item.json, dnc: true } })));
		expect(fx.sandbox.log.count('taskCreate')).toBe(before);
		expect(output).toHaveLength(1);
		expect(output[0].json).toMatchObject({ contacts: 0, summary: { sent: 0, excluded: 2 } });
		expect(pairedItems(output)).toEqual([0, 1]);
	});
});

describe('Calling Hours', () => {
	it('refuses the run, naming the contacts outside the hours, before any request (the default)', async () => {
		checker.hours = allHours;
		const items = debtors(3, 400);
		items[1].json.phone = '+1 212 555 0100';
		const before = requestsTo(fx);
		await expect(fx.run({ ...task, taskName: 'Hours_run' }, items)).rejects.toThrow(
			'1 contact(s) cannot be sent: item 1, field "phone": +12125550100 would ring at night in its own time zone',
		);
		expect(requestsTo(fx)).toBe(before);
	});

	it('checks the whole call window of the task, read in the workflow time zone', async () => {
		checker.hours = allHours;
		await fx.run({ ...task, taskName: 'Hours_window', preview: true, additionalFields: { startTime: '2030-11-25T09:00:00', endTime: '2030-11-25T11:30:00' } }, debtors(2, 450));
		expect(checker.windows).toHaveLength(1);
		expect(checker.windows[0].end! - checker.windows[0].start).toBe(2.5 * 3_600_000);
	});

	it('leaves them out and reports them when the user chose so; a workflow is checked until its End Time', async () => {
		checker.hours = allHours;
		const items = debtors(3, 500);
		items[1].json.phone = '+12125550101';
		const output = await fx.run({ ...workflow, endTime: '2030-05-01T23:00:00+02:00', safeDialing: { outsideCallingHours: 'leaveOut' } }, items);
		expect(fx.sandbox.log.last('workflowCreate')!.body).toMatchObject({ details: [{ callee: '+628120000500' }, { callee: '+628120000502' }] });
		expect(output[0].json.outsideHoursLeftOut).toEqual([{ item: 1, number: '+12125550101', reason: '+12125550101 would ring at night in its own time zone' }]);
		expect(output[0].json.summary).toMatchObject({ sent: 2, outsideHours: 1 });
		expect(checker.windows[0].end).toBe(Date.parse('2030-05-01T21:00:00Z'));
	});

	it('checks a plan and contacts added to a workflow from now on, with no end; an update dials no one new and is not checked', async () => {
		checker.hours = allHours;
		const items = debtors(2, 800);
		items[1].json.phone = '+12125550102';
		const plan = { resource: 'plan', operation: 'create', planName: 'Hours_plan', strategy: byId('strategy-two-rounds'), contactsSource: 'items', phoneNumberField: 'phone', preview: true };
		await expect(fx.run(plan, items)).rejects.toThrow(/item 1, field "phone": \+12125550102 would ring at night/);
		expect(checker.windows.at(-1)).toEqual({ start: expect.any(Number) });
		const contactsOf = { workflow: byId('wf-1'), contactsSource: 'items', phoneNumberField: 'phone', preview: true };
		await expect(fx.run({ resource: 'workflowContact', operation: 'add', ...contactsOf }, items)).rejects.toThrow(/would ring at night/);
		const checks = checker.windows.length;
		const update = await fx.run({ resource: 'workflowContact', operation: 'update', ...contactsOf }, items);
		expect(update[0].json.contacts).toBe(2);
		expect(checker.windows).toHaveLength(checks);
	});
});

describe('AI-agent envelope', () => {
	it('caps the contacts of one tool call at 20 by default, refusing before any request; the cap is the user\'s to set', async () => {
		jest.spyOn(ExecuteContext.prototype, 'isToolExecution').mockReturnValue(true);
		const before = requestsTo(fx);
		await expect(fx.run({ ...task, taskName: 'Agent_run' }, debtors(21, 600))).rejects.toThrow(
			'Item 0, field "Contact Cap When Run as a Tool": this tool call would reach 21 contacts, more than the cap of 20',
		);
		expect(requestsTo(fx)).toBe(before);
		const output = await fx.run({ ...task, taskName: 'Agent_run', preview: true, safeDialing: { toolContactCap: 25 } }, debtors(21, 600));
		expect(output[0].json.contacts).toBe(21);
	});

	it('puts no cap on a workflow run, and says in every sending tool description that real people are reached', async () => {
		const output = await fx.run({ ...task, taskName: 'Workflow_run', preview: true }, debtors(21, 700));
		expect(output[0].json.contacts).toBe(21);
		const { ICall } = await import('../../nodes/ICall/ICall.node');
		const { ICallWhatsApp } = await import('../../nodes/ICall/ICallWhatsApp.node');
		const actions = [new ICall(), new ICallWhatsApp()].flatMap((node) =>
			node.description.properties.filter((property) => property.name === 'operation').flatMap((property) => property.options ?? []),
		);
		const sending = ['Create a calling task', 'Create a dialing plan', 'Create a workflow', 'Add contacts', 'Cancel the remaining', 'Send a template message', 'Send a message'];
		for (const start of sending) {
			const action = actions.map((option) => String((option as { action?: string }).action)).find((text) => text.startsWith(start));
			expect(action).toMatch(/real pe(ople|rson)|no longer called/);
		}
	});
});
