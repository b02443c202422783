// Test code never ships: Task: Create rebuilds the vendor's own worked example (evidence/06 §2) from input items.
import type { ICallFixture } from './icallFixture';
import { byId, startFixture } from './icallFixture';

/** The request body of AIRudder's worked example "创建任务" (doc-1678229), as the vendor printed it. */
const vendorExample = {
	TaskName: 'test_detail_robot_id',
	ScheduleStartTime: '2020-09-15 11:14:37',
	ScheduleEndTime: '2020-09-15 11:18:37',
	RobotID: 'Promotion_ID_Jessica_Adakami',
	SIPLine: 'FS_Line',
	RepeatInterval: 10,
	RepeatNumber: 3,
	Details: [
		{
			Debtor: 'y',
			Mobile: '+8612345678',
			LoanDate: '2019-06-01',
			DueDate: '2019-06-10',
			Arrears: 100,
			LoanAmount: 105,
			Unit: 'Dollar',
			Platform: 'adakami',
			borrower_name: 'borrower_name',
			borrower_mobile: 'borrower_mobile',
			borrowed_date: '2019-01-01',
			RobotID: 'Promotion_ABC_test2',
		},
	],
	Type: 'normal',
};

/** Every leaf replaced by its JSON type: two bodies with equal shapes differ in values only. */
function shapeOf(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(shapeOf);
	if (typeof value === 'object' && value !== null) {
		return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shapeOf(inner)]));
	}
	return typeof value;
}

let fx: ICallFixture;
beforeAll(async () => {
	fx = await startFixture();
});
afterAll(async () => await fx.sandbox.close());

describe("Task: Create sends the vendor's documented body", () => {
	it('builds the worked example from an input item whose fields are the contact', async () => {
		const contact = { ...vendorExample.Details[0], Mobile: '+6281234567890', RobotID: 'robot-telemarketing-01' };
		const [created] = await fx.run(
			{
				resource: 'task',
				operation: 'create',
				taskName: vendorExample.TaskName,
				robot: byId('robot-collection-01'),
				contactsSource: 'items',
				phoneNumberField: 'Mobile',
				robotIdField: 'RobotID',
				additionalFields: {
					startTime: '2026-12-15T11:14:37',
					endTime: '2026-12-15T11:18:37',
					sipLine: vendorExample.SIPLine,
					repeatInterval: vendorExample.RepeatInterval,
					repeatNumber: vendorExample.RepeatNumber,
				},
			},
			[{ json: contact }],
		);
		const sent = fx.sandbox.log.last('taskCreate')!.body as Record<string, unknown>;
		expect(shapeOf(sent)).toEqual(shapeOf(vendorExample));
		expect(sent.Details).toEqual([contact]);
		expect(created.json.TaskID).toBe(fx.sandbox.state.tasks().at(-1)!.taskId);
	});

	it('refuses a per-contact robot field that some items lack, before any request, naming the items', async () => {
		const before = fx.sandbox.log.count('taskCreate');
		const items = [
			{ json: { phone: '+6281200000001', robot: 'robot-collection-01' } },
			{ json: { phone: '+6281200000002' } },
			{ json: { phone: '+6281200000003', robot: '  ' } },
		];
		const parameters = { resource: 'task', operation: 'create', taskName: 'Robots', robot: byId('robot-collection-01'), contactsSource: 'items', phoneNumberField: 'phone', robotIdField: 'robot' };
		await expect(fx.run(parameters, items)).rejects.toThrow(/2 contact\(s\) cannot be sent: item 1, field "robot": is empty.*item 2, field "robot": is empty/);
		expect(fx.sandbox.log.count('taskCreate')).toBe(before);

		const output = await fx.run(parameters, items, true);
		expect(output.map((item) => item.pairedItem)).toEqual([[{ item: 0 }], { item: 1 }, { item: 2 }]);
		expect((fx.sandbox.log.last('taskCreate')!.body as { Details: unknown[] }).Details).toEqual([{ Mobile: '+6281200000001', RobotID: 'robot-collection-01' }]);
	});

	it("refuses a variable that would overwrite the contact's own keys", async () => {
		const items = [{ json: { phone: '+6281200000001', Mobile: '+6299999999999' } }];
		await expect(
			fx.run({ resource: 'task', operation: 'create', taskName: 'Clash', robot: byId('robot-collection-01'), contactsSource: 'items', phoneNumberField: 'phone' }, items),
		).rejects.toThrow(/item 0, field "Variables": "Mobile" would overwrite the contact's own key/);
	});

	it.each([
		['Collection 2026-11-30 02:18', false, /field "Task Name": "Collection 2026-11-30 02:18" contains spaces/],
		['x'.repeat(31), false, /field "Task Name": "x{31}" is 31 characters long; AIRudder allows at most 30/],
		['   ', false, /field "Task Name": is empty/],
		['Collection 2026-11-30 02:18 and more', true, /"Collection_2026-11-30_02:18_and_more" is 36 characters long/],
	])('checks the task name %p (replace spaces: %p) before any request', async (taskName, replaceSpacesInName, message) => {
		const before = fx.sandbox.log.count('taskCreate');
		const parameters = {
			resource: 'task',
			operation: 'create',
			taskName,
			robot: byId('robot-collection-01'),
			contactsSource: 'items',
			phoneNumberField: 'phone',
			additionalFields: { replaceSpacesInName },
		};
		await expect(fx.run(parameters, [{ json: { phone: '+6281200000001' } }])).rejects.toThrow(message);
		expect(fx.sandbox.log.count('taskCreate')).toBe(before);
		const [failed] = await fx.run(parameters, [{ json: { phone: '+6281200000001' } }], true);
		expect(failed.json.error).toMatch(/^Item 0, field "Task Name"/);
	});

	it('turns spaces into underscores when asked, and checks the call window', async () => {
		await fx.run(
			{
				resource: 'task',
				operation: 'create',
				taskName: 'Collection 2026-11-30 02:18',
				robot: byId('robot-collection-01'),
				contactsSource: 'items',
				phoneNumberField: 'phone',
				additionalFields: { replaceSpacesInName: true },
			},
			[{ json: { phone: '+6281200000001' } }],
		);
		expect((fx.sandbox.log.last('taskCreate')!.body as Record<string, unknown>).TaskName).toBe('Collection_2026-11-30_02:18');
		const windowed = (startTime: string, endTime: string) =>
			fx.run(
				{ resource: 'task', operation: 'create', taskName: 'Window', robot: byId('robot-collection-01'), contactsSource: 'items', phoneNumberField: 'phone', additionalFields: { startTime, endTime } },
				[{ json: { phone: '+6281200000001' } }],
			);
		await expect(windowed('2026-12-01T10:00:00', '2026-13-45 99:99')).rejects.toThrow('Item 0, field "Call Window End": "2026-13-45 99:99" is not a real date and time');
		await expect(windowed('2026-12-01T10:00:00', '2026-12-01T09:00:00')).rejects.toThrow(/field "Call Window End": 2026-12-01 09:00:00 is not after the Call Window Start/);
	});
});
