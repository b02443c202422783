// Test-only code: it never ships (package.json "files" is ["dist"]).
/* eslint-disable @typescript-eslint/no-require-imports, @n8n/community-nodes/no-hardcoded-secrets */
import { createHmac } from 'crypto';

import type { INodeParameters } from 'n8n-workflow';

import { encryptAes } from '../../nodes/ICall/helpers/aes';
import { ICallTrigger } from '../../nodes/ICall/ICallTrigger.node';
import { forgetSeenInProcess } from '../../nodes/ICall/trigger/dedupe';
import type { FakeRequestInput } from '../harness';
import { runWebhook } from '../harness';
import { sampleOf } from '../unit/trigger/samples';

const OK_REPLY = { code: 200, status: 'OK' };
const call = sampleOf('call.finished');

async function deliver(parameters: INodeParameters, request: FakeRequestInput) {
	return await runWebhook({ nodeType: new ICallTrigger(), parameters, request });
}

/**
 * n8n-core contexts hand nodes `Container.get(Logger)` from n8n-core's own copies of @n8n/di and
 * @n8n/backend-common (nested under it, not the top-level ones), and the logger's methods are
 * read-only: so register a recorder in that container.
 */
function fromN8nCore<T>(moduleName: string): T {
	return require(require.resolve(moduleName, { paths: [require.resolve('n8n-core')] })) as T;
}
const { Container } = fromN8nCore<typeof import('@n8n/di')>('@n8n/di');
const { Logger } = fromN8nCore<typeof import('@n8n/backend-common')>('@n8n/backend-common');
type Logger = InstanceType<typeof Logger>;

function recordLogs() {
	const recorder = { error: jest.fn(), warn: jest.fn(), info: jest.fn(), debug: jest.fn() };
	Container.set(Logger, recorder as unknown as Logger);
	return recorder;
}

const realLogger = Container.get(Logger);
let logs: ReturnType<typeof recordLogs>;
beforeEach(() => {
	forgetSeenInProcess();
	logs = recordLogs();
});
afterAll(() => Container.set(Logger, realLogger));

describe('AIRudder iCall Trigger through n8n-core WebhookContext', () => {
	it('with default settings passes any event through, answering the modeled OK at once', async () => {
		const result = await deliver({}, { body: call, headers: { 'User-Agent': 'Airudder' }, query: { page: '1' } });
		expect(result.webhookResponse).toEqual(OK_REPLY);
		expect(result.workflowData).toHaveLength(1);
		const [item] = result.workflowData![0];
		expect(item.json).toEqual({
			event: 'call.finished',
			receivedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
			headers: { 'user-agent': 'Airudder' },
			query: { page: '1' },
			body: call,
		});
	});

	it('keeps a payload field named "event" inside body instead of losing it', async () => {
		const body = { ...call, event: 'vendor-value' };
		const result = await deliver({}, { body });
		expect(result.workflowData![0][0].json).toMatchObject({ event: 'call.finished', body: { event: 'vendor-value' } });
	});

	describe('a body n8n did not parse (content type other than application/json)', () => {
		it('reads JSON from the raw bytes and recognises the event', async () => {
			const result = await deliver({}, { body: {}, rawBody: JSON.stringify(call), headers: { 'Content-Type': 'text/json' } });
			expect(result.workflowData![0][0].json).toMatchObject({ event: 'call.finished', body: call });
		});

		it('keeps bytes that are not JSON as text instead of an empty body', async () => {
			const result = await deliver({}, { body: {}, rawBody: 'TaskID=1&Status=done' });
			expect(result.workflowData![0][0].json).toMatchObject({ event: 'unknown', body: 'TaskID=1&Status=done' });
		});

		it('leaves an empty body empty', async () => {
			const result = await deliver({}, { body: {}, rawBody: '' });
			expect(result.workflowData![0][0].json).toMatchObject({ event: 'unknown', body: {} });
		});
	});

	it('emits unrecognised payloads as "unknown" when listening to all events', async () => {
		const result = await deliver({}, { body: { something: 'new' } });
		expect(result.workflowData![0][0].json.event).toBe('unknown');
	});

	it('answers a filtered-out event 200 with no execution and a debug line', async () => {
		const result = await deliver({ events: ['plan.finished'] }, { body: call });
		expect(result.workflowData).toBeUndefined();
		expect(result.webhookResponse).toEqual(OK_REPLY);
		expect(logs.debug).toHaveBeenCalledWith(
			expect.stringContaining('event "call.finished" is not among the selected events'),
			expect.objectContaining({ event: 'call.finished' }),
		);
	});

	describe('secret token', () => {
		const parameters = { requireToken: true, token: 'url-secret-123' };

		it('refuses a callback without the token: 401, a reason, a warning', async () => {
			const result = await deliver(parameters, { body: call });
			expect(result.workflowData).toBeUndefined();
			expect(result.noWebhookResponse).toBe(true);
			expect(result.status).toBe(401);
			expect(result.sentBody).toEqual({
				code: 401,
				status: 'Unauthorized',
				message: 'Missing secret token: expected in the query parameter "token" or header "X-AIRudder-Token"',
			});
			expect(logs.warn).toHaveBeenCalledWith(expect.stringContaining('HTTP 401'), expect.any(Object));
		});

		it('refuses a wrong token without echoing secrets', async () => {
			const result = await deliver(parameters, { body: call, query: { token: 'nope' } });
			expect(result.status).toBe(401);
			expect(JSON.stringify([result.sentBody, logs.warn.mock.calls])).not.toMatch(/url-secret-123|nope/);
		});

		it('accepts the token from the query and leaves it out of the output', async () => {
			const result = await deliver(parameters, { body: call, query: { token: 'url-secret-123', a: 'b' } });
			expect(result.workflowData![0][0].json.query).toEqual({ a: 'b' });
		});

		it('accepts the token from a header and leaves that header out of the output', async () => {
			const result = await deliver(parameters, { body: call, headers: { 'X-AIRudder-Token': 'url-secret-123', 'User-Agent': 'Airudder' } });
			expect(result.workflowData![0][0].json.headers).toEqual({ 'user-agent': 'Airudder' });
		});
	});

	describe('X-AIRudder-Sign', () => {
		const secret = 'sign-secret';
		const parameters = { verifySignature: true, signingSecret: secret };
		const rawBody = JSON.stringify(call);
		const sign = (text: string) => createHmac('sha256', secret).update(text).digest('hex');

		it('accepts a body signed with the secret', async () => {
			const result = await deliver(parameters, { body: call, rawBody, headers: { 'X-AIRudder-Sign': sign(rawBody) } });
			expect(result.workflowData![0][0].json.event).toBe('call.finished');
		});

		it('refuses a bad signature with 401 and a warning', async () => {
			const result = await deliver(parameters, { body: call, rawBody, headers: { 'X-AIRudder-Sign': sign(`${rawBody} `) } });
			expect(result.status).toBe(401);
			expect(result.sentBody).toMatchObject({ message: 'X-AIRudder-Sign does not match the body signed with the configured secret' });
			expect(logs.warn).toHaveBeenCalled();
		});

		it('refuses a missing signature with 401', async () => {
			const result = await deliver(parameters, { body: call, rawBody });
			expect(result.sentBody).toMatchObject({ code: 401, message: 'Missing X-AIRudder-Sign header' });
		});
	});

	describe('AES decryption', () => {
		const key = '0123456789abcdef';
		const parameters = { decryptBody: true, aesKey: key };

		it('decrypts {"data": ciphertext} and recognises the plaintext payload', async () => {
			const body = { data: encryptAes(JSON.stringify(call), key) };
			const result = await deliver(parameters, { body });
			expect(result.workflowData![0][0].json).toMatchObject({ event: 'call.finished', body: call });
		});

		it('answers bad ciphertext 400 with the reason and a warning', async () => {
			const result = await deliver(parameters, { body: { data: 'not ciphertext!' } });
			expect(result.status).toBe(400);
			expect(result.sentBody).toEqual({
				code: 400,
				status: 'Bad Request',
				message: 'Could not decrypt the body: The data is not base64 ciphertext',
			});
			expect(logs.warn).toHaveBeenCalledWith(expect.stringContaining('HTTP 400'), expect.any(Object));
		});

		it('answers a wrong key 400 without showing the key', async () => {
			const body = { data: encryptAes(JSON.stringify(call), key) };
			const result = await deliver({ ...parameters, aesKey: 'ffffffffffffffff' }, { body });
			expect(result.status).toBe(400);
			expect(JSON.stringify(result.sentBody)).not.toContain('ffffffffffffffff');
		});
	});

	describe('ignoring repeats', () => {
		it('runs the first delivery and answers the retry 200 with no execution and an info line', async () => {
			const parameters = { dedupe: true };
			expect((await deliver(parameters, { body: call })).workflowData).toHaveLength(1);
			const retry = await deliver(parameters, { body: call });
			expect(retry.workflowData).toBeUndefined();
			expect(retry.webhookResponse).toEqual(OK_REPLY);
			expect(logs.info).toHaveBeenCalledWith(expect.stringContaining('repeat of an event "call.finished"'), expect.any(Object));
			expect((await deliver(parameters, { body: { ...call, CallID: 'other-call' } })).workflowData).toHaveLength(1);
		});

		it('does nothing of the kind when the option is off', async () => {
			await deliver({}, { body: call });
			expect((await deliver({}, { body: call })).workflowData).toHaveLength(1);
		});
	});
});
