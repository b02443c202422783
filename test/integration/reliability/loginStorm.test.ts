// Test code never ships: a token that expires mid-run costs exactly one login, however many requests are in flight.
import type { ICallFixture } from '../icallFixture';
import { byId, CREDENTIAL, debtors, startFixture } from '../icallFixture';

let fx: ICallFixture;
let taskId: string;

beforeAll(async () => {
	fx = await startFixture();
	const [created] = await fx.run(
		{ resource: 'task', operation: 'create', taskName: 'storm', robot: byId('robot-collection-01'), contactsSource: 'items', phoneNumberField: 'phone' },
		debtors(5),
	);
	taskId = String(created.json.TaskID);
	await fx.sandbox.clock.runUntilIdle();
});
afterAll(async () => await fx.sandbox.close());
afterEach(() => {
	fx.sandbox.faults.clear();
	fx.sandbox.log.onEntry(() => undefined);
});

/** Requests the sandbox refused because of the token, in either signal. */
function refusals(since: number): number {
	return fx.sandbox.log.forEndpoint('taskGet').filter((entry) => entry.timestamp >= since && (entry.status === 401 || entry.code === 401)).length;
}

describe.each(['http401', 'body401'] as const)('token expiry signalled as %s', (tokenExpiryAs) => {
	it.each([1, 5, 50])('%i request(s) in flight: one re-login, a new token, no failed item', async (inFlight) => {
		// Latency keeps every worker's request open while the token expires under it.
		fx.sandbox.faults.set({ tokenExpiryAs, latencyMs: inFlight > 1 ? 25 : 0 });
		await fx.run({ resource: 'robot', operation: 'getMany', returnAll: true });
		const tokenBefore = fx.token();
		const loginsBefore = fx.logins();
		const started = Date.now();
		let answered = 0;
		fx.sandbox.log.onEntry((entry) => {
			if (entry.endpointId === 'taskGet' && ++answered === inFlight * 2) fx.sandbox.expireAllTokens();
		});
		const items = Array.from({ length: inFlight * 4 }, () => ({ json: {} }));
		const output = await fx.run(
			{ resource: 'task', operation: 'get', task: byId(taskId), returnAll: true, requestOptions: { concurrency: inFlight } },
			items,
			true,
		);
		expect(output.filter((item) => item.json.error)).toEqual([]);
		expect(output).toHaveLength(items.length * 5);
		expect(fx.logins() - loginsBefore).toBe(1);
		expect(fx.token()).not.toBe(tokenBefore);
		// Proof that the storm had a chance: every request in flight was refused.
		expect(refusals(started)).toBeGreaterThanOrEqual(Math.min(inFlight, 5));
	});
});

it('a token renewed by another execution is used without a login of its own', async () => {
	await fx.run({ resource: 'robot', operation: 'getMany', returnAll: true });
	fx.sandbox.expireAllTokens();
	// Two executions at once share the one renewal (the coordinator is per credential, not per run).
	const loginsBefore = fx.logins();
	const runs = await Promise.all(
		[0, 1, 2].map(async () => await fx.run({ resource: 'task', operation: 'get', task: byId(taskId), returnAll: true, requestOptions: { concurrency: 5 } }, [{ json: {} }, { json: {} }])),
	);
	expect(runs.flat()).toHaveLength(3 * 2 * 5);
	expect(fx.logins() - loginsBefore).toBe(1);
});

it('a fresh credential used by concurrent executions logs in once', async () => {
	fx.credentials.setStoredData(CREDENTIAL, { ...fx.credentials.storedData(CREDENTIAL), token: '' });
	const loginsBefore = fx.logins();
	const runs = await Promise.all(
		[0, 1, 2, 3].map(async () => await fx.run({ resource: 'robot', operation: 'getMany', returnAll: true, requestOptions: { concurrency: 5 } }, [{ json: {} }, { json: {} }, { json: {} }])),
	);
	expect(runs.every((output) => output.length > 0 && output.every((item) => !item.json.error))).toBe(true);
	expect(fx.logins() - loginsBefore).toBe(1);
});
