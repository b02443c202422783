// Test code never ships: the calling operations against a sandbox account with encryption switched on.
import { conventions } from '../../sandbox/contract';
import { readItemBinary } from '../harness/index';
import type { ICallFixture } from './icallFixture';
import { byId, debtors, startFixture } from './icallFixture';

const accountKey = 'airudderredduria';
const { flagHeader, signatureHeader } = conventions.encryption;

let fx: ICallFixture;
beforeAll(async () => {
	fx = await startFixture({ encryptionKey: accountKey }, { encryptionSecretKey: accountKey });
});
afterAll(async () => await fx.sandbox.close());
afterEach(() => fx.sandbox.faults.clear());

const robot = byId('robot-collection-01');

function sealedRequestsOnly(): void {
	for (const entry of fx.sandbox.log.entries) {
		const carriesData = entry.method === 'POST' || Object.keys(entry.query).length > 0;
		if (carriesData) expect(entry).toMatchObject({ encrypted: true, headers: { [flagHeader.toLowerCase()]: '1', [signatureHeader.toLowerCase()]: expect.stringMatching(/^[0-9a-f]{64}$/) } });
	}
}

describe('an account with encryption on', () => {
	it('logs in, creates a task and reads it back, every request sealed and every answer opened', async () => {
		const [created] = await fx.run(
			{ resource: 'task', operation: 'create', taskName: 'Sealed_batch', robot, contactsSource: 'items', phoneNumberField: 'phone', caseIdField: 'loanId' },
			debtors(3),
		);
		const taskId = String(created.json.TaskID);
		expect(taskId).toBe(fx.sandbox.state.tasks().at(-1)!.taskId);
		const create = fx.sandbox.log.last('taskCreate')!;
		expect((create.body as { Details: unknown[] }).Details).toHaveLength(3);
		await fx.sandbox.clock.runUntilIdle();
		const calls = await fx.run({ resource: 'task', operation: 'get', task: byId(taskId), returnAll: true });
		expect(calls).toHaveLength(3);
		expect(fx.sandbox.log.last('taskGet')!.query).toMatchObject({ TaskID: taskId });
		const tasks = await fx.run({ resource: 'task', operation: 'getMany', returnAll: false, limit: 1 });
		expect(tasks).toHaveLength(1);
		const robots = await fx.run({ resource: 'robot', operation: 'getMany' });
		expect(robots.length).toBeGreaterThan(0);
		await fx.run({ resource: 'task', operation: 'stop', task: byId(taskId) }).catch(() => undefined);
		expect(fx.logins()).toBe(1);
		expect(fx.sandbox.log.last('auth')!.headers['user-agent']).toMatch(/^n8n-nodes-airudder\//);
		sealedRequestsOnly();
	});

	it('downloads a recording whose link comes in a sealed answer', async () => {
		const [created] = await fx.run({ resource: 'task', operation: 'create', taskName: 'Sealed_rec', robot, contactsSource: 'items', phoneNumberField: 'phone' }, debtors(4, 50));
		await fx.sandbox.clock.runUntilIdle();
		const answered = fx.sandbox.state.calls(String(created.json.TaskID)).find((call) => call.hasRecording)!;
		const [item] = await fx.run({ resource: 'recording', operation: 'getCall', task: byId(String(created.json.TaskID)), callee: answered.callee });
		expect((await readItemBinary(item)).subarray(0, 4).toString()).toBe('RIFF');
	});

	it('refuses an answer that claims encryption but is plain, and one whose Signed does not match', async () => {
		for (const [form, message] of [
			['plainBodyClaimingEncryption', /marked its answer as encrypted \(Is-Encrypted: 1\) but it could not be decrypted/],
			['wrongSignature', /failed its Signed check/],
		] as const) {
			fx.sandbox.faults.set({ encryptedAnswers: form }, 'robotGetMany');
			const error = (await fx.run({ resource: 'robot', operation: 'getMany' }).catch((e: unknown) => e)) as Error;
			expect(error.message).toMatch(message);
			expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain(accountKey);
		}
	});
});

describe('encryption settings that cannot work', () => {
	it('names a key of the wrong length before any request, without showing it', async () => {
		const wrongLength = await startFixture({ encryptionKey: accountKey }, { encryptionSecretKey: 'seventeen-chars-k' });
		try {
			const error = (await wrongLength.run({ resource: 'robot', operation: 'getMany' }).catch((e: unknown) => e)) as Error;
			expect(error.message).toMatch(/Encryption Key .*must be 16, 24 or 32 bytes long/);
			expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain('seventeen-chars-k');
			expect(wrongLength.sandbox.log.entries).toHaveLength(0);
		} finally {
			await wrongLength.sandbox.close();
		}
	});

	it('says so when the key is not the account key, or when the account wants encryption and none is set', async () => {
		for (const credential of [{ encryptionSecretKey: 'x'.repeat(16) }, { encryptionSecretKey: '' }]) {
			const mismatch = await startFixture({ encryptionKey: accountKey }, credential);
			try {
				const error = (await mismatch.run({ resource: 'robot', operation: 'getMany' }).catch((e: unknown) => e)) as Error;
				expect(error.message).toMatch(/AIRudder login at .* failed with HTTP 400/);
				expect(error.message).toMatch(/cannot decrypt the request|requires encrypted requests/);
				expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain(accountKey);
			} finally {
				await mismatch.sandbox.close();
			}
		}
	});
});
