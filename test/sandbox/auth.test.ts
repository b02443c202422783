// Dev tooling (tests of the iCall sandbox): never ships in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports */
import { setTimeout as sleep } from 'node:timers/promises';
import { conventions } from '../../sandbox/contract';
import { startSandbox, type Sandbox } from '../../sandbox/index';
import { TestClient } from './client';

describe('sandbox: authentication', () => {
	let sandbox: Sandbox;
	let client: TestClient;

	beforeEach(async () => {
		sandbox = await startSandbox({ speed: 'manual', tokenLifetimeMs: 400 });
		client = new TestClient(sandbox);
	});
	afterEach(() => sandbox.close());

	it('issues a token for the demo credential, in the success envelope', async () => {
		const answer = await client.login();
		expect(answer.status).toBe(200);
		expect(answer.json).toMatchObject({ code: 200, status: 'OK' });
		expect(typeof answer.json?.data?.[conventions.auth.token]).toBe('string');
		expect(client.token.length).toBeGreaterThan(10);
	});

	it('answers HTTP 401 with a clear message for a wrong secret or key', async () => {
		for (const [key, secret] of [['demo-key', 'nope'], ['nobody', 'demo-secret']]) {
			const answer = await client.login(key, secret);
			expect(answer.status).toBe(401);
			expect(answer.json).toEqual({ code: 401, status: 'Unauthorized', message: 'APPKey or APPSecret is wrong' });
		}
	});

	it('answers 400 when a login field is missing', async () => {
		const answer = await client.login('demo-key', '');
		expect(answer.status).toBe(400);
		expect(answer.json?.message).toMatch(/^APPSecret: /);
	});

	it('requires "Authorization: Token <token>" on every other endpoint', async () => {
		await client.login();
		expect((await client.call('robotGetMany')).status).toBe(200);
		const missing = await client.call('robotGetMany', {}, {});
		expect(missing.status).toBe(401);
		expect(missing.json?.code).toBe(401);
		expect(missing.json?.message).toMatch(/header missing/);
		const bearer = await client.call('robotGetMany', {}, { Authorization: `Bearer ${client.token}` });
		expect(bearer.status).toBe(401);
		expect(bearer.json?.message).toMatch(/Bearer/);
		const twoSpaces = await client.call('robotGetMany', {}, { Authorization: `Token  ${client.token}` });
		expect(twoSpaces.status).toBe(401);
		const invalid = await client.call('robotGetMany', {}, { Authorization: 'Token not-a-token' });
		expect(invalid.status).toBe(401);
		expect(invalid.json?.message).toMatch(/invalid/);
	});

	it('slides the token lifetime on every authorised request, and expires it when idle', async () => {
		await client.login();
		// 5 x 150 ms = 750 ms > the 400 ms lifetime: only sliding keeps the token alive.
		for (let step = 0; step < 5; step++) {
			await sleep(150);
			expect((await client.call('robotGetMany')).status).toBe(200);
		}
		await sleep(600);
		const expired = await client.call('robotGetMany');
		expect(expired.status).toBe(401);
		expect(expired.json?.message).toMatch(/expired/);
	});

	it('returns the same token on a login while it is valid, a new one after expiry', async () => {
		await client.login();
		const first = client.token;
		await client.login();
		expect(client.token).toBe(first);
		sandbox.expireAllTokens();
		expect((await client.call('robotGetMany')).status).toBe(401);
		await client.login();
		expect(client.token).not.toBe(first);
		expect((await client.call('robotGetMany')).status).toBe(200);
	});

	it("answers HTTP 200 with body code 401 for an expired token when tokenExpiryAs is 'body401'", async () => {
		await client.login();
		sandbox.faults.set({ tokenExpiryAs: 'body401' });
		sandbox.expireAllTokens();
		const answer = await client.call('robotGetMany');
		expect(answer.status).toBe(200);
		expect(answer.json).toMatchObject({ code: 401, status: 'Unauthorized' });
		// A missing header is not a token problem: still HTTP 401.
		expect((await client.call('robotGetMany', {}, {})).status).toBe(401);
	});

	it('forces token expiry on the requests a tokenExpiryRate fault hits', async () => {
		await client.login();
		sandbox.faults.set({ tokenExpiryRate: 1 }, 'robotGetMany');
		expect((await client.call('robotGetMany')).status).toBe(401);
		sandbox.faults.clear();
		expect((await client.call('robotGetMany')).status).toBe(401);
		await client.login();
		expect((await client.call('robotGetMany')).status).toBe(200);
	});
});
