/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- test keys, not secrets */
// Dev tooling (tests of the iCall sandbox): never ships in the n8n package.
import { createDecipheriv, createHash, createHmac } from 'node:crypto';
import { callRow, conventions, taskRow, taskStatuses } from '../../sandbox/contract';
import { startSandbox, type Sandbox } from '../../sandbox/index';
import { TestClient, phoneNumbers } from './client';
import { startReceiver } from './receiver';

describe('sandbox: callbacks', () => {
	let sandbox: Sandbox;
	let client: TestClient;
	let receiver: Awaited<ReturnType<typeof startReceiver>>;

	async function setUp(answer?: Parameters<typeof startReceiver>[0]): Promise<void> {
		receiver = await startReceiver(answer);
		sandbox = await startSandbox({ speed: 'manual', callbacks: { url: receiver.url } });
		client = new TestClient(sandbox);
		await client.login();
	}
	afterEach(async () => {
		await sandbox.close();
		await receiver.close();
	});

	it('posts call.finished per call, then task.finished, with the contract headers', async () => {
		await setUp();
		const numbers = phoneNumbers(4);
		const taskId = await client.createTask(numbers);
		await sandbox.clock.runUntilIdle();
		const bodies = receiver.received.map((callback) => callback.json);
		const calls = bodies.filter((body) => body[callRow.callId] !== undefined);
		expect(calls.map((body) => body[callRow.callee]).sort()).toEqual(numbers);
		expect(Object.keys(calls[0]).sort()).toEqual(Object.values(callRow).sort());
		const last = bodies[bodies.length - 1];
		expect(last).toMatchObject({ [taskRow.taskId]: taskId, [taskRow.taskStatus]: taskStatuses.finished, [taskRow.total]: 4 });
		expect(last[callRow.callee]).toBeUndefined();
		const headers = receiver.received[0].headers;
		expect(headers['content-type']).toBe('application/json');
		expect(headers['user-agent']).toBe(conventions.callbacks.userAgent);
		expect(sandbox.log.callbacks.every((delivery) => delivery.delivered && delivery.attempts.length === 1)).toBe(true);
	});

	it('retries a failed delivery at the contract interval, up to the maximum tries', async () => {
		let callAttempts = 0;
		await setUp((_index, callback) => (callback.json[callRow.callId] !== undefined && ++callAttempts <= 2 ? 500 : 200));
		await client.createTask(phoneNumbers(1));
		await sandbox.clock.runUntilIdle();
		const [callDelivery] = sandbox.log.callbacks;
		expect(callDelivery.attempts.map((attempt) => attempt.status)).toEqual([500, 500, 200]);
		expect(callDelivery.delivered).toBe(true);
		const gaps = callDelivery.attempts.slice(1).map((attempt, index) => attempt.virtualTime - callDelivery.attempts[index].virtualTime);
		expect(gaps).toEqual([conventions.callbacks.retryIntervalSeconds * 1000, conventions.callbacks.retryIntervalSeconds * 1000]);
	});

	it('gives up after maxTries when the receiver keeps failing', async () => {
		await setUp(() => 503);
		await client.createTask(phoneNumbers(1));
		await sandbox.clock.runUntilIdle();
		for (const delivery of sandbox.log.callbacks) {
			expect(delivery.attempts).toHaveLength(conventions.callbacks.maxTries);
			expect([delivery.delivered, delivery.done]).toEqual([false, true]);
		}
		expect(receiver.received).toHaveLength(2 * conventions.callbacks.maxTries);
	});

	it('retries when nobody listens, and honours maxTries/retryIntervalMs overrides', async () => {
		await setUp();
		sandbox.configureCallbacks({ url: 'http://127.0.0.1:9/nobody', maxTries: 2, retryIntervalMs: 1_000 });
		await client.createTask(phoneNumbers(1));
		await sandbox.clock.runUntilIdle();
		const [delivery] = sandbox.log.callbacks;
		expect(delivery.attempts).toHaveLength(2);
		expect(delivery.attempts[0].error).toBeDefined();
		expect(delivery.attempts[1].virtualTime - delivery.attempts[0].virtualTime).toBe(1_000);
	});

	it('signs the raw body and appends the URL token', async () => {
		await setUp();
		sandbox.configureCallbacks({ signingSecret: 's3cret', token: 'url-token' });
		await client.createTask(phoneNumbers(1));
		await sandbox.clock.runUntilIdle();
		for (const callback of receiver.received) {
			const expected = createHmac('sha256', 's3cret').update(callback.rawBody).digest('hex');
			expect(callback.headers[conventions.callbacks.signatureHeader.toLowerCase()]).toBe(expected);
			expect(new URL(callback.url, 'http://x').searchParams.get('token')).toBe('url-token');
		}
	});

	it('signs with the keyless SHA-256 of the raw body when asked, with no secret', async () => {
		await setUp();
		sandbox.configureCallbacks({ signatureStyle: 'sha256' });
		await client.createTask(phoneNumbers(1));
		await sandbox.clock.runUntilIdle();
		expect(receiver.received.length).toBeGreaterThan(0);
		for (const callback of receiver.received) {
			const expected = createHash('sha256').update(callback.rawBody).digest('hex');
			expect(callback.headers[conventions.callbacks.signatureHeader.toLowerCase()]).toBe(expected);
		}
	});

	it('encrypts bodies the vendor way: base64 AES-ECB with zero padding as the body, Is-Encrypted: 1 and Signed', async () => {
		const cipherKeyText = '0123456789abcdef';
		await setUp();
		sandbox.configureCallbacks({ encryption: { key: cipherKeyText, contentType: 'text/plain' }, signingSecret: 'sig' });
		await client.createTask(phoneNumbers(1));
		await sandbox.clock.runUntilIdle();
		expect(receiver.received.length).toBeGreaterThan(0);
		const { flagHeader, flagValue, signatureHeader } = conventions.encryption;
		for (const callback of receiver.received) {
			const text = callback.rawBody;
			expect(text).toMatch(/^[A-Za-z0-9+/]+=*$/);
			const decipher = createDecipheriv('aes-128-ecb', Buffer.from(cipherKeyText), null).setAutoPadding(false);
			const padded = Buffer.concat([decipher.update(Buffer.from(text, 'base64')), decipher.final()]);
			const plain = padded.toString('utf8').replace(/\0+$/, '');
			expect(JSON.parse(plain)[taskRow.taskId]).toBeDefined();
			expect(callback.headers[flagHeader.toLowerCase()]).toBe(flagValue);
			expect(callback.headers[signatureHeader.toLowerCase()]).toBe(createHash('sha256').update(plain).digest('hex'));
			expect(callback.headers['content-type']).toBe('text/plain');
			expect(callback.headers['x-airudder-sign']).toBe(createHmac('sha256', 'sig').update(callback.rawBody).digest('hex'));
		}
	});

	it('sends encrypted callbacks as application/json unless told otherwise, as AIRudder documents its callbacks', async () => {
		await setUp();
		sandbox.configureCallbacks({ encryption: { key: '0123456789abcdef' } });
		await client.createTask(phoneNumbers(1));
		await sandbox.clock.runUntilIdle();
		expect(receiver.received[0].headers['content-type']).toBe('application/json');
	});

	it('posts synthetic callbacks for benchmarks and tallies the statuses', async () => {
		await setUp((index) => (index % 10 === 0 ? 500 : 200));
		const result = await sandbox.postCallbacks(50, 8);
		expect(result.sent).toBe(50);
		expect(result.statuses).toEqual({ 200: 45, 500: 5 });
		expect(result.failures).toBe(5);
		expect(receiver.received).toHaveLength(50);
		expect(new Set(receiver.received.map((callback) => callback.json[callRow.callId])).size).toBe(50);
		const single = await sandbox.postEvent({ hello: 'world' });
		expect(single.status).toBe(500);
	});
});
