// Test code never ships: the trigger's Report Payload Shapes on callbacks the sandbox posts, clean and drifted.
import { startSandbox } from '../../sandbox';
import type { Sandbox } from '../../sandbox';
import { TestClient } from '../sandbox/client';
import { startReceiver } from '../sandbox/receiver';
import { deliver, recordTriggerLogs } from './triggerFixture';

recordTriggerLogs();

const phones = ['+6281200000301', '+6281200000302'];

/** The callbacks a sandbox posts for one task of two calls (call.finished twice, task.finished once). */
async function callbacksOf(options: { drifted?: boolean }): Promise<Array<Record<string, unknown>>> {
	const receiver = await startReceiver();
	let sandbox: Sandbox | undefined;
	try {
		sandbox = await startSandbox({ speed: 'manual', ...options, callbacks: { url: receiver.url } });
		const client = new TestClient(sandbox);
		await client.login();
		await client.createTask(phones, 'Shape_check');
		await sandbox.clock.runUntilIdle();
		return receiver.received.map((callback) => callback.json as Record<string, unknown>);
	} finally {
		await sandbox?.close();
		await receiver.close();
	}
}

async function shapeOf(body: Record<string, unknown>, reportPayloadShapes = true) {
	const result = await deliver({ parameters: { reportPayloadShapes }, request: { body } });
	return result.workflowData![0][0].json.payloadShape as Record<string, unknown> | undefined;
}

describe('AIRudder iCall Trigger: Report Payload Shapes', () => {
	it('is off by default: the item carries no payloadShape', async () => {
		const [first] = await callbacksOf({});
		expect(await shapeOf(first, false)).toBeUndefined();
	});

	it('names the matched rule and no unexplained key for the callbacks of a clean account', async () => {
		const callbacks = await callbacksOf({});
		expect(callbacks.length).toBeGreaterThanOrEqual(3);
		for (const body of callbacks) {
			const shape = (await shapeOf(body))!;
			expect(['call.finished', 'task.finished']).toContain(shape.event);
			expect(shape.matchedRule).toMatchObject({ present: expect.arrayContaining(['TaskID']) });
			expect(shape.unexplainedKeys).toEqual([]);
		}
	});

	it('names the unknown field of a drifted account, and shows no value of the callback', async () => {
		const callbacks = await callbacksOf({ drifted: true });
		const call = callbacks.find((body) => 'CallID' in body)!;
		const shape = (await shapeOf(call))!;
		expect(shape).toMatchObject({ event: 'call.finished', unexplainedKeys: ['schema_version'], provenance: 'M' });
		expect(shape.shape).toMatchObject({ Callee: 'text (digits, short)', schema_version: 'number', TaskID: expect.stringMatching(/^text/) });
		const shown = JSON.stringify(shape);
		for (const value of [...phones, String(call.TaskID), String(call.CallID), 'Shape_check']) expect(shown).not.toContain(value);
	});

	it('holds an unrecognised callback against every payload of the catalog and hides keys that look like values', async () => {
		const shape = (await shapeOf({ mystery_id: 'x-1', '+6281200000999': { note: 'hi' }, TaskID: 'T1' }))!;
		expect(shape).toMatchObject({ event: 'unknown', matchedRule: 'none', unexplainedKeys: ['mystery_id', '<key>'] });
		expect(JSON.stringify(shape)).not.toContain('6281200000999');
	});
});
