// Test code never ships: Workflow: Create and Workflow Contact: Add/Update through n8n-core, with batching.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { INodeExecutionData } from 'n8n-workflow';

import type { ICallFixture } from './icallFixture';
import { byId, debtors, startFixture } from './icallFixture';

let fx: ICallFixture;
const epochMs = Date.now();

beforeAll(async () => {
	fx = await startFixture({ epochMs });
});
afterAll(async () => await fx.sandbox.close());
beforeEach(() => fx.sandbox.faults.clear());

const template = byId('101');
const tomorrow = new Date(epochMs + 86_400_000).toISOString();
const create = { resource: 'workflow', operation: 'create', template, name: 'Wave', endTime: tomorrow, contactsSource: 'items', phoneNumberField: 'phone', caseIdField: 'loanId' };
const bodyOf = (entry: { body: unknown } | undefined) => entry?.body as Record<string, any>;

describe('Workflow: Create', () => {
	it('sends the documented body: integer template, end time in UTC+8, details with callee, case_id and variables', async () => {
		const output = await fx.run({ ...create, endTime: '2030-05-01T23:00:00+02:00', additionalFields: { autoFinish: 1, workflowName: 'W' } }, debtors(3));
		const body = bodyOf(fx.sandbox.log.last('workflowCreate'));
		expect(body).toEqual({
			workflow_template_id: 101,
			name: 'Wave',
			end_time: '2030-05-02 05:00:00+08:00',
			workflow_name: 'W',
			auto_finish: 1,
			details: [0, 1, 2].map((index) => ({
				callee: `+62812${String(index).padStart(7, '0')}`,
				case_id: `L${index}`,
				variables: { name: `Debtor ${index}`, amount: 150000 + index },
			})),
		});
		expect(output).toHaveLength(1);
		expect(output[0].json).toMatchObject({ workflow_id: fx.sandbox.state.workflows()[0].workflowId, batch: 'chunk 1/1', contacts: 3 });
		expect(output[0].pairedItem).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	it('refuses bad input before any request, naming the item and the field', async () => {
		const before = fx.sandbox.log.count('workflowCreate');
		await expect(fx.run({ ...create, endTime: '2020-01-01T00:00:00Z' }, debtors(1))).rejects.toThrow(
			'Item 0, field "End Time": 2020-01-01 08:00:00+08:00 is in the past; choose a time after now',
		);
		await expect(fx.run({ ...create, template: byId('') }, debtors(1))).rejects.toThrow('Item 0, field "Workflow Template": is empty: choose one from the list or enter its ID');
		await expect(fx.run({ ...create, template: byId('abc') }, debtors(1))).rejects.toThrow('field "Workflow Template": "abc" is not a template ID');
		await expect(fx.run(create, [{ json: { phone: '' } }])).rejects.toThrow('item 0, field "phone": is empty');
		await expect(fx.run({ ...create, contactBatching: { contactsPerRequest: 0 } }, debtors(1))).rejects.toThrow('field "Contacts per Request"');
		expect(fx.sandbox.log.count('workflowCreate')).toBe(before);
	});

	it('refuses more than 10 000 contacts for one workflow before sending, naming both ways forward', async () => {
		const before = fx.sandbox.log.count('workflowCreate');
		await expect(fx.run(create, debtors(10_001))).rejects.toThrow(
			/10,001 contacts are more than the 10,000 one workflow holds, so nothing was sent\. Either send them to several workflows \(turn on "Split Into Several Workflows".*add later ones with Workflow Contact: Add/,
		);
		const output = await fx.run(create, debtors(10_001), true);
		expect(output).toHaveLength(10_001);
		expect(output[10_000].json).toMatchObject({ phone: '+628120010000', error: expect.stringContaining('10,000 one workflow holds') });
		expect(fx.sandbox.log.count('workflowCreate')).toBe(before);
	});

	it('sends 25 000 contacts as 25 requests into 3 workflows; a failed middle chunk comes back as its contacts, none lost or sent twice', async () => {
		const creates = fx.sandbox.log.count('workflowCreate');
		const adds = fx.sandbox.log.count('workflowContactAdd');
		fx.sandbox.faults.set({ serverErrorOn: [11] }, 'workflowContactAdd');
		const items = debtors(25_000, 100_000);
		const output = await fx.run({ ...create, name: 'Big', contactBatching: { splitOverLimit: true } }, items, true);
		expect(fx.sandbox.log.count('workflowCreate') - creates).toBe(3);
		expect(fx.sandbox.log.count('workflowContactAdd') - adds).toBe(22);

		const chunks = output.filter((item) => item.json.error === undefined);
		const failed = output.filter((item) => item.json.error !== undefined);
		expect(chunks).toHaveLength(24);
		expect(failed).toHaveLength(1000);
		expect(chunks.map((item) => item.json.batch).slice(0, 3)).toEqual(['chunk 1/10 of workflow 1/3', 'chunk 2/10 of workflow 1/3', 'chunk 3/10 of workflow 1/3']);
		const made = fx.sandbox.state.workflows().slice(0, 3).reverse();
		expect(made.map((workflow) => workflow.name)).toEqual(['Big (1/3)', 'Big (2/3)', 'Big (3/3)']);
		// The 11th add failed before processing: its 1 000 contacts are the error items, in input order.
		const sent = made.flatMap((workflow) => workflow.contacts.map((contact) => contact.callee));
		const returned = failed.map((item) => item.json.phone as string);
		expect(sent.length + returned.length).toBe(25_000);
		expect(new Set([...sent, ...returned]).size).toBe(25_000);
		expect(failed[0].pairedItem).toEqual({ item: Number(String(failed[0].json.loanId).slice(1)) - 100_000 });
		expect(failed[0].json).toMatchObject({ error: expect.stringMatching(/AIRudder error 503/), batch: expect.stringMatching(/^chunk \d+\/10 of workflow \d\/3$/) });
		const pairs = (item: INodeExecutionData) => (Array.isArray(item.pairedItem) ? item.pairedItem.length : 1);
		expect(output.reduce((sum, item) => sum + pairs(item), 0)).toBe(25_000);
		expect(made.map((workflow) => workflow.contacts.length).sort()).toEqual([5000, 9000, 10000].sort());
	});

	it('reads its credential once for all the requests of a run, not once per request', async () => {
		await fx.run({ ...create, name: 'Warm' }, debtors(10, 300_000));
		const reads = fx.credentials.readCount('iCallApi');
		const creates = fx.sandbox.log.count('workflowCreate');
		const adds = fx.sandbox.log.count('workflowContactAdd');
		await fx.run({ ...create, name: 'Reads', contactBatching: { contactsPerRequest: 500 } }, debtors(5_000, 200_000));
		expect(fx.sandbox.log.count('workflowCreate') - creates + fx.sandbox.log.count('workflowContactAdd') - adds).toBe(10);
		expect(fx.credentials.readCount('iCallApi') - reads).toBe(1);
	});

	it('applies Additional Body Fields to the create only, and refuses one that would replace the contacts', async () => {
		const adds = fx.sandbox.log.count('workflowContactAdd');
		await fx.run({ ...create, name: 'Hatch', additionalBodyFields: '{"auto_finish": 1}' }, debtors(1500, 700_000));
		expect(bodyOf(fx.sandbox.log.last('workflowCreate'))).toMatchObject({ auto_finish: 1 });
		const added = fx.sandbox.log.forEndpoint('workflowContactAdd').slice(adds);
		expect(added.map((entry) => Object.keys(bodyOf(entry)).sort())).toEqual([['details', 'workflow_id']]);
		expect(bodyOf(added[0]).details).toHaveLength(500);

		const creates = fx.sandbox.log.count('workflowCreate');
		await expect(fx.run({ ...create, additionalBodyFields: '{"details": [{"callee": "+6281299999999"}]}' }, debtors(3))).rejects.toThrow(
			'Item 0, field "Additional Body Fields › details": cannot be set here',
		);
		expect(fx.sandbox.log.count('workflowCreate')).toBe(creates);
	});

	it('with contacts typed in per item, checks every item before the first workflow is created', async () => {
		const creates = fx.sandbox.log.count('workflowCreate');
		const typed = { ...create, contactsSource: 'list', contacts: { contact: [{ phoneNumber: '+6281200730001' }] }, additionalBodyFields: '={{ $json.hatch }}' };
		const items = [{ json: { hatch: '{}' } }, { json: { hatch: '{oops' } }];
		await expect(fx.run(typed, items)).rejects.toThrow('Item 1, field "Additional Body Fields": is not valid JSON');
		expect(fx.sandbox.log.count('workflowCreate')).toBe(creates);
		const output = await fx.run(typed, items, true);
		expect(output.map((item) => [item.pairedItem, item.json.error === undefined])).toEqual([
			[{ item: 0 }, true],
			[{ item: 1 }, false],
		]);
		expect(fx.sandbox.log.count('workflowCreate')).toBe(creates + 1);
	});

	it('takes Contacts per Request written as text by an expression', async () => {
		const adds = fx.sandbox.log.count('workflowContactAdd');
		await fx.run({ ...create, name: 'Text_size', contactBatching: { contactsPerRequest: '500' } }, debtors(1200, 710_000));
		expect(fx.sandbox.log.count('workflowContactAdd') - adds).toBe(2);
		await expect(fx.run({ ...create, contactBatching: { contactsPerRequest: '5e2' } }, debtors(3))).rejects.toThrow(
			'field "Contacts per Request": must be a whole number of at least 1, got "5e2"',
		);
	});

	it('pairs a number left out as a repeat with the output item that reports it', async () => {
		const items = debtors(3, 720_000);
		items.push({ json: { ...items[1].json, loanId: 'again' } });
		const output = await fx.run({ ...create, name: 'Repeats', duplicateNumbers: 'keepFirst' }, items);
		expect(output[0].json.duplicatesLeftOut).toEqual([expect.objectContaining({ item: 3 })]);
		expect(output[0].pairedItem).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);
	});

	it('without Continue On Fail, says what was accepted and what was not', async () => {
		fx.sandbox.faults.set({ serverErrorOn: [1] }, 'workflowContactAdd');
		await expect(fx.run({ ...create, name: 'Half' }, debtors(2500, 200_000))).rejects.toMatchObject({
			// Chunks 2 and 3 go out side by side after the create: 3 is accepted while 2 fails.
			description: expect.stringContaining('chunk 2/3 failed; 2 chunk(s) with 1500 contacts were accepted, 1 chunk(s) were not'),
		});
	});
});

describe('Workflow Contact: Add and Update', () => {
	let workflowId: string;
	beforeAll(async () => {
		const [made] = await fx.run({ ...create, name: 'Target' }, debtors(2, 300_000));
		workflowId = String(made.json.workflow_id);
	});

	it('refuses to add more than one workflow holds before sending, with the one way forward', async () => {
		const before = fx.sandbox.log.count('workflowContactAdd');
		const add = { resource: 'workflowContact', operation: 'add', workflow: byId(workflowId), contactsSource: 'items', phoneNumberField: 'phone' };
		const refusal = fx.run(add, debtors(10_001, 500_000));
		await expect(refusal).rejects.toThrow(
			'10,001 contacts are more than the 10,000 one workflow holds, so nothing was sent. Split the input over several workflows: each holds at most 10,000 contacts in all',
		);
		await expect(refusal).rejects.not.toThrow('Workflow Contact: Add');
		expect(fx.sandbox.log.count('workflowContactAdd')).toBe(before);
		const updates = fx.sandbox.log.count('workflowContactUpdate');
		await expect(fx.run({ ...add, operation: 'update' }, debtors(10_001, 500_000))).rejects.toThrow(
			"10,001 contacts are more than the 10,000 one workflow holds, so nothing was sent. Contacts to update must already be in this workflow, which holds at most 10,000: keep only this workflow's contacts in the input",
		);
		expect(fx.sandbox.log.count('workflowContactUpdate')).toBe(updates);
	});

	it('names where a repeated number was first, as the user finds it, past a refused contact', async () => {
		const add = { resource: 'workflowContact', operation: 'add', workflow: byId(workflowId) };
		const typed = { ...add, contactsSource: 'list', contacts: { contact: [{ phoneNumber: 'bad' }, { phoneNumber: '+628120700001' }, { phoneNumber: '+628120700001' }] } };
		const fromList = fx.run(typed);
		await expect(fromList).rejects.toThrow('item 0, field "Contacts[0].Phone Number"');
		await expect(fromList).rejects.toThrow('item 0, field "Contacts[2].Phone Number": +628120700001 is already in this list (Contacts[1])');
		const rows = [{ json: { phone: 'bad' } }, { json: { phone: '+628120700002' } }, { json: { phone: '+628120700002' } }];
		await expect(fx.run({ ...add, contactsSource: 'items', phoneNumberField: 'phone' }, rows)).rejects.toThrow(
			'item 2, field "phone": +628120700002 is already in this list (item 1)',
		);
	});

	it('adds contacts in chunks of the chosen size, all to the chosen workflow', async () => {
		const before = fx.sandbox.log.count('workflowContactAdd');
		const output = await fx.run(
			{ resource: 'workflowContact', operation: 'add', workflow: byId(workflowId), contactsSource: 'items', phoneNumberField: 'phone', variablesFrom: 'none', contactBatching: { contactsPerRequest: 2 } },
			debtors(5, 400_000),
		);
		expect(fx.sandbox.log.count('workflowContactAdd') - before).toBe(3);
		expect(bodyOf(fx.sandbox.log.last('workflowContactAdd'))).toEqual({ workflow_id: workflowId, details: [{ callee: '+628120400004' }] });
		expect(output.map((item) => item.json.contacts)).toEqual([2, 2, 1]);
		expect(fx.sandbox.state.workflow(workflowId)!.contacts).toHaveLength(7);
	});

	it('updates contacts typed into the node, matched by case ID', async () => {
		await fx.run({
			resource: 'workflowContact',
			operation: 'update',
			workflow: byId(workflowId),
			contactsSource: 'list',
			contacts: { contact: [{ phoneNumber: '+628120300001', caseId: 'L300001', variables: '{"amount": 99}' }] },
		});
		expect(bodyOf(fx.sandbox.log.last('workflowContactUpdate'))).toEqual({
			workflow_id: workflowId,
			details: [{ callee: '+628120300001', case_id: 'L300001', variables: { amount: 99 } }],
		});
		expect(fx.sandbox.state.workflow(workflowId)!.contacts[1].variables).toMatchObject({ amount: 99 });
	});

	it('refuses an update where some contacts have a case ID and others do not, naming the items', async () => {
		const before = fx.sandbox.log.count('workflowContactUpdate');
		const items = debtors(3, 300_000).map((item, index) => (index === 1 ? { json: { ...item.json, loanId: '' } } : item));
		const parameters = { resource: 'workflowContact', operation: 'update', workflow: byId(workflowId), contactsSource: 'items', phoneNumberField: 'phone', caseIdField: 'loanId' };
		await expect(fx.run(parameters, items)).rejects.toThrow('item 1, field "Case ID": is empty, but 2 other contact(s) have one');
		expect(fx.sandbox.log.count('workflowContactUpdate')).toBe(before);
	});

	it('names the row of a typed-in contact that lacks the case ID the others have', async () => {
		const before = fx.sandbox.log.count('workflowContactUpdate');
		const typed = [
			{ phoneNumber: '+628120300001', caseId: 'L300001' },
			{ phoneNumber: 'not a number' },
			{ phoneNumber: '+628120300002' },
			{ phoneNumber: '+628120300003', caseId: 'L300003' },
		];
		const parameters = { resource: 'workflowContact', operation: 'update', workflow: byId(workflowId), contactsSource: 'list', contacts: { contact: typed } };
		const refusal = fx.run(parameters);
		await expect(refusal).rejects.toThrow('item 0, field "Contacts[1].Phone Number"');
		await expect(refusal).rejects.toThrow('item 0, field "Contacts[2].Case ID": is empty, but 2 other contact(s) have one');
		expect(fx.sandbox.log.count('workflowContactUpdate')).toBe(before);
	});
});
