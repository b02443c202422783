// Test code never ships: what a field can know is wrong is refused before any request, naming the item and the field.
import type { INodeExecutionData } from 'n8n-workflow';

import type { ICallFixture } from './icallFixture';
import { byId, startFixture } from './icallFixture';

let fx: ICallFixture;

beforeAll(async () => {
	fx = await startFixture();
});
afterAll(async () => await fx.sandbox.close());

const oneItem: INodeExecutionData[] = [{ json: {} }];

/** Runs the node and returns its error message, after checking that nothing reached AIRudder. */
async function refusal(parameters: Record<string, unknown>): Promise<string> {
	fx.sandbox.log.clear();
	const error = await fx.run(parameters as never, oneItem).then(
		() => undefined,
		(thrown: Error) => thrown,
	);
	expect(error).toBeDefined();
	expect(fx.sandbox.log.entries.length).toBe(0);
	return error!.message;
}

describe('refused before any request', () => {
	it('a locator in a mode the field does not offer (a URL pasted into workflow JSON)', async () => {
		const message = await refusal({ resource: 'task', operation: 'stop', task: { __rl: true, mode: 'url', value: 'https://example.com/task/T1' } });
		expect(message).toBe('Item 0, field "Task": "url" is not a way this field takes a value: choose from the list or enter the ID');
	});

	it('an ID with a space in it', async () => {
		const message = await refusal({ resource: 'task', operation: 'stop', task: byId('T 123') });
		expect(message).toBe('Item 0, field "Task": "T 123" is not an ID: IDs have no spaces');
	});

	it('an options value an expression gives that the field does not offer', async () => {
		const message = await refusal({ resource: 'task', operation: 'getMany', taskType: '={{ "bogus" }}' });
		expect(message).toBe('Item 0, field "Task Type": "bogus" is not one of its choices ("task", "plan")');
	});

	it('still sends a good ID from the list', async () => {
		fx.sandbox.log.clear();
		await expect(fx.run({ resource: 'task', operation: 'getMany', taskType: 'task' }, oneItem)).resolves.toBeDefined();
		expect(fx.sandbox.log.entries.length).toBeGreaterThan(0);
	});
});
