// Test code never ships: no secret leaves the node, whatever AIRudder echoes and whenever the token was issued.
import { NodeApiError } from 'n8n-workflow';

import type { ICallFixture } from '../icallFixture';
import { byId, CREDENTIAL, debtors, startFixture } from '../icallFixture';

/** Quotes, a backslash, spaces and URL syntax: its JSON-escaped and URL-encoded forms all differ from it. */
const TRICKY_SECRET = 'pa"ss\\word & key=1 /+?';
const account = { appKey: 'echo-key', appSecret: TRICKY_SECRET };

let fx: ICallFixture;
let taskId: string;

beforeAll(async () => {
	fx = await startFixture({ accounts: [account] });
	fx.credentials.setStoredData(CREDENTIAL, { ...fx.credentials.storedData(CREDENTIAL), ...account, token: '' });
	const [created] = await fx.run(
		{ resource: 'task', operation: 'create', taskName: 'echo', robot: byId('robot-collection-01'), contactsSource: 'items', phoneNumberField: 'phone' },
		debtors(3),
	);
	taskId = String(created.json.TaskID);
});
afterAll(async () => await fx.sandbox.close());
beforeEach(() => fx.sandbox.faults.set({ echoRequest: true }));
afterEach(() => fx.sandbox.faults.clear());

/** Every token the sandbox was ever shown, read from its request log. */
function tokensSeen(): string[] {
	const tokens = new Set<string>();
	for (const entry of fx.sandbox.log.forEndpoint('taskGet').concat(fx.sandbox.log.forEndpoint('taskStop'), fx.sandbox.log.forEndpoint('robotGetMany'))) {
		const header = String(entry.headers.authorization ?? '');
		const token = header.split(' ')[1];
		if (token) tokens.add(token);
	}
	tokens.add(fx.token());
	return [...tokens].filter(Boolean);
}

function formsOf(secret: string): string[] {
	return [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2)];
}

/** Every place an error or an item carries text, flattened. */
function allText(value: unknown): string {
	if (value instanceof Error) {
		const fields = Object.getOwnPropertyNames(value).map((name) => (value as unknown as Record<string, unknown>)[name]);
		return JSON.stringify(fields) + String(value.stack);
	}
	return JSON.stringify(value);
}

function leaks(value: unknown): string[] {
	const text = allText(value);
	return [TRICKY_SECRET, ...tokensSeen()].flatMap(formsOf).filter((form) => text.includes(form));
}

it('the echo really carries the secrets (else this suite proves nothing)', async () => {
	const output = await fx.run({ resource: 'task', operation: 'get', task: byId(taskId), includeRawResponse: true, returnAll: true });
	const wire = fx.sandbox.log.last('taskGet')!;
	expect(JSON.stringify(wire.headers)).toContain(fx.token());
	expect(JSON.stringify(output)).toContain('***');
	expect(leaks(output)).toEqual([]);
});

it('masks the token in an error that echoes the request', async () => {
	const error = await fx.run({ resource: 'task', operation: 'stop', task: byId('no-such-task') }).catch((e: unknown) => e);
	expect(error).toBeInstanceOf(NodeApiError);
	expect(String((error as Error).message)).toContain('***');
	expect(leaks(error)).toEqual([]);
});

it.each(['http401', 'body401'] as const)('masks a token issued in the middle of the run (%s)', async (tokenExpiryAs) => {
	fx.sandbox.faults.set({ echoRequest: true, tokenExpiryAs });
	const before = fx.token();
	fx.sandbox.expireAllTokens();
	const error = await fx.run({ resource: 'task', operation: 'stop', task: byId('no-such-task') }).catch((e: unknown) => e);
	expect(fx.token()).not.toBe(before);
	expect(error).toBeInstanceOf(NodeApiError);
	expect(leaks(error)).toEqual([]);
});

it('masks secrets in error items under Continue On Fail and in successful output', async () => {
	const output = await fx.run(
		{ resource: 'task', operation: 'get', task: { __rl: true, mode: 'id', value: '={{ $json.id }}' }, returnAll: true, includeRawResponse: true },
		[{ json: { id: taskId } }, { json: { id: 'missing' } }],
		true,
	);
	expect(output.some((item) => item.json.error)).toBe(true);
	expect(leaks(output)).toEqual([]);
});

it('masks the app secret when a failed login echoes it back', async () => {
	const stored = fx.credentials.storedData(CREDENTIAL);
	const wrong = `${TRICKY_SECRET}-wrong`;
	fx.credentials.setStoredData(CREDENTIAL, { ...stored, appSecret: wrong, token: '' });
	try {
		const error = await fx.run({ resource: 'robot', operation: 'getMany', returnAll: true }).catch((e: unknown) => e);
		expect((error as Error).message).toContain('AIRudder rejected the App Key or App Secret');
		const text = allText(error);
		expect(formsOf(wrong).filter((form) => text.includes(form))).toEqual([]);
	} finally {
		fx.credentials.setStoredData(CREDENTIAL, stored);
	}
});

/** Any 8 characters of a secret in a row: a quote cut inside a token must not show the rest of it. */
function partialLeaks(value: unknown): string[] {
	const text = allText(value);
	const parts = [TRICKY_SECRET, ...tokensSeen()].flatMap(formsOf).flatMap((form) => Array.from({ length: Math.max(0, form.length - 7) }, (_, at) => form.slice(at, at + 8)));
	return parts.filter((part) => text.includes(part));
}

it('masks a token that a login of this very run fetched', async () => {
	// The sandbox hands a valid token out again: only an expired one makes the login issue a new one.
	const before = fx.token();
	fx.sandbox.expireAllTokens();
	fx.credentials.setStoredData(CREDENTIAL, { ...fx.credentials.storedData(CREDENTIAL), token: '' });
	const error = await fx.run({ resource: 'task', operation: 'stop', task: byId('no-such-task') }).catch((e: unknown) => e);
	expect(fx.token()).not.toBe(before);
	expect(error).toBeInstanceOf(NodeApiError);
	expect(String((error as Error).message)).toContain('***');
	expect(leaks(error)).toEqual([]);
});

it('masks a token in a gateway page that echoes the request, however the quote is cut', async () => {
	fx.sandbox.faults.set({ echoRequest: true, serverErrorRate: 1, serverErrorAsText: true, serverErrorStatus: 502 });
	const error = await fx.run({ resource: 'task', operation: 'get', task: byId(taskId), returnAll: true, requestOptions: { maxRetries: 0 } }).catch((e: unknown) => e);
	expect(error).toBeInstanceOf(NodeApiError);
	expect(String((error as Error).message)).toMatch(/AIRudder answered HTTP 502 with a body that is not JSON: <html>/);
	expect(partialLeaks(error)).toEqual([]);
});
