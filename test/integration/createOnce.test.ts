// Test code never ships: Task: Create happens exactly once, whatever answers are lost and however often a workflow is re-run.
import type { ICallFixture } from './icallFixture';
import { byId, debtors, startFixture } from './icallFixture';

let fx: ICallFixture;
beforeAll(async () => {
	fx = await startFixture({ uniqueTaskNames: true });
});
afterAll(async () => await fx.sandbox.close());
afterEach(() => fx.sandbox.faults.clear());

const create = { resource: 'task', operation: 'create', robot: byId('robot-collection-01'), contactsSource: 'items', phoneNumberField: 'phone' };
const tasksNamed = (name: string) => fx.sandbox.state.tasks().filter((task) => task.name === name);

describe('If the Name Exists', () => {
	it('Fail (the default): AIRudder refuses the second task of a name, and nothing is dialled twice', async () => {
		await fx.run({ ...create, taskName: 'Once_fail' }, debtors(2));
		await expect(fx.run({ ...create, taskName: 'Once_fail' }, debtors(2))).rejects.toThrow(/a task named "Once_fail" already exists/);
		expect(tasksNamed('Once_fail')).toHaveLength(1);
	});

	it('Use the Existing One: a re-run outputs the task it made, marked, and sends nothing', async () => {
		const [first] = await fx.run({ ...create, taskName: 'Once_rerun', ifNameExists: 'useExisting' }, debtors(3));
		const sends = fx.sandbox.log.count('taskCreate');
		const again = await fx.run({ ...create, taskName: 'Once_rerun', ifNameExists: 'useExisting' }, debtors(3));
		expect(fx.sandbox.log.count('taskCreate')).toBe(sends);
		expect(again).toHaveLength(1);
		expect(again[0].json).toMatchObject({ TaskID: first.json.TaskID, TaskName: 'Once_rerun', existing: true, contacts: 0, summary: { sent: 0 } });
		expect(again[0].pairedItem).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	it('refuses "Use the Existing One" for a name two tasks share, naming the field, before any create', async () => {
		const shared = await startFixture();
		try {
			for (let run = 0; run < 2; run++) await shared.run({ ...create, taskName: 'Twice_named' }, debtors(1));
			const sends = shared.sandbox.log.count('taskCreate');
			await expect(shared.run({ ...create, taskName: 'Twice_named', ifNameExists: 'useExisting' }, debtors(1))).rejects.toThrow(
				'Item 0, field "If the Name Exists": "Twice_named" is the name of 2 tasks, so "Use the Existing One" cannot tell which to use',
			);
			expect(shared.sandbox.log.count('taskCreate')).toBe(sends);
		} finally {
			await shared.sandbox.close();
		}
	});
});

describe('lost answers', () => {
	it.each(['http500', 'reset'] as const)('20 creates whose answers are lost after AIRudder made them (%s): 0 duplicates, 0 lost', async (failAfterCommit) => {
		fx.sandbox.faults.set({ failAfterCommit }, 'taskCreate');
		const names = Array.from({ length: 20 }, (_, index) => `Lost_${failAfterCommit}_${index}`);
		const output = await fx.run(
			{ ...create, taskName: '={{ $json.name }}', contactsSource: 'list', contacts: { contact: [{ phoneNumber: '+6281200000990' }] } },
			names.map((name) => ({ json: { name } })),
			true,
		);
		expect(output.filter((item) => item.json.error)).toHaveLength(0);
		for (const [index, name] of names.entries()) {
			expect(tasksNamed(name)).toHaveLength(1);
			expect(output[index].json).toMatchObject({ TaskID: tasksNamed(name)[0].taskId, foundAfterLostAnswer: true });
		}
	});

	it('a re-run of a crashed workflow finds its task instead of calling the list again', async () => {
		fx.sandbox.faults.set({ failAfterCommit: 'reset' }, 'taskCreate');
		await fx.run({ ...create, taskName: 'Crashed_run', ifNameExists: 'useExisting' }, debtors(4));
		fx.sandbox.faults.clear();
		const sends = fx.sandbox.log.count('taskCreate');
		const rerun = await fx.run({ ...create, taskName: 'Crashed_run', ifNameExists: 'useExisting' }, debtors(4));
		expect(fx.sandbox.log.count('taskCreate')).toBe(sends);
		expect(rerun[0].json).toMatchObject({ existing: true });
		expect(tasksNamed('Crashed_run')).toHaveLength(1);
	});
});
