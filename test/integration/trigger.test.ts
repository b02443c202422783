// Test-only code: it never ships (package.json "files" is ["dist"]).
/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- test values, not secrets */
import { createCipheriv, createHash, createHmac } from 'crypto';
import { encryptAes, signPlaintext } from '../../nodes/ICall/api/crypto';
import { startSandbox } from '../../sandbox/index';
import { startReceiver } from '../sandbox/receiver';
import { evidencePayloads } from '../unit/trigger/evidencePayloads';
import { sampleOf } from '../unit/trigger/samples';
import { OK_REPLY, deliver, recordTriggerLogs } from './triggerFixture';

const call = sampleOf('call.finished');
const logs = recordTriggerLogs();

describe('AIRudder iCall Trigger (version 2) through n8n-core WebhookContext', () => {
	it('with default settings and no credential passes any event through, answering the modeled OK', async () => {
		const result = await deliver({ request: { body: call, headers: { 'User-Agent': 'Airudder' }, query: { page: '1' } } });
		expect(result.webhookResponse).toEqual(OK_REPLY);
		expect(result.workflowData).toHaveLength(1);
		expect(result.workflowData![0][0].json).toEqual({
			event: 'call.finished',
			receivedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
			headers: { 'user-agent': 'Airudder' },
			query: { page: '1' },
			body: call,
		});
	});

	it('keeps a payload field named "event" inside body instead of losing it', async () => {
		const result = await deliver({ request: { body: { ...call, event: 'vendor-value' } } });
		expect(result.workflowData![0][0].json).toMatchObject({ event: 'call.finished', body: { event: 'vendor-value' } });
	});

	describe('a body n8n did not parse (content type other than application/json)', () => {
		it('reads JSON from the raw bytes and recognises the event', async () => {
			const result = await deliver({ request: { body: {}, rawBody: JSON.stringify(call), headers: { 'Content-Type': 'text/json' } } });
			expect(result.workflowData![0][0].json).toMatchObject({ event: 'call.finished', body: call });
		});

		it('keeps bytes that are not JSON as text instead of an empty body', async () => {
			const result = await deliver({ request: { body: {}, rawBody: 'TaskID=1&Status=done' } });
			expect(result.workflowData![0][0].json).toMatchObject({ event: 'unknown', body: 'TaskID=1&Status=done' });
		});

		it('leaves an empty body empty', async () => {
			const result = await deliver({ request: { body: {}, rawBody: '' } });
			expect(result.workflowData![0][0].json).toMatchObject({ event: 'unknown', body: {} });
		});
	});

	describe('a JSON callback sent as text/plain (n8n hands the node a string)', () => {
		const text = JSON.stringify(call);
		const request = { body: text, rawBody: text, headers: { 'Content-Type': 'text/plain' } };

		it('reads the string as JSON and recognises the event', async () => {
			const result = await deliver({ request });
			expect(result.workflowData![0][0].json).toMatchObject({ event: 'call.finished', body: call });
		});

		it('is not dropped by an event filter that selects its event', async () => {
			const result = await deliver({ parameters: { events: ['call.finished'] }, request });
			expect(result.workflowData![0][0].json).toMatchObject({ event: 'call.finished', body: call });
		});

		it('keeps a string that is not JSON as text', async () => {
			const result = await deliver({ request: { body: 'TaskID=1', rawBody: 'TaskID=1', headers: { 'Content-Type': 'text/plain' } } });
			expect(result.workflowData![0][0].json).toMatchObject({ event: 'unknown', body: 'TaskID=1' });
		});
	});

	describe('bytes that are not UTF-8 (here latin1)', () => {
		const latin1 = (text: string) => Buffer.from(text, 'latin1');

		it('checks X-AIRudder-Sign over the exact bytes', async () => {
			const bytes = latin1(JSON.stringify({ ...call, Callee: 'Jos\u00e9' }));
			const signature = createHmac('sha256', 'sign-secret').update(bytes).digest('hex');
			const result = await deliver({
				parameters: { verifySignature: true },
				secrets: { signingSecret: 'sign-secret' },
				request: { body: JSON.parse(bytes.toString('utf8')) as unknown, rawBody: bytes, headers: { 'X-AIRudder-Sign': signature } },
			});
			expect(result.status).toBeUndefined();
			expect(result.workflowData![0][0].json.event).toBe('call.finished');
		});

		it('does not take two different payloads for a repeat', async () => {
			const parameters = { dedupe: true };
			for (const name of ['Jos\u00e9', 'Jos\u00e8']) {
				const bytes = latin1(JSON.stringify({ ...call, Callee: name }));
				const result = await deliver({ parameters, request: { body: JSON.parse(bytes.toString('utf8')) as unknown, rawBody: bytes } });
				expect(result.workflowData).toHaveLength(1);
			}
			for (const text of ['caf\u00e9', 'caf\u00e8']) {
				const result = await deliver({ parameters: { ...parameters, dedupeBy: 'body' }, request: { body: {}, rawBody: latin1(text) } });
				expect(result.workflowData).toHaveLength(1);
			}
		});
	});

	it('answers a filtered-out event 200 with no execution and a debug line', async () => {
		const result = await deliver({ parameters: { events: ['plan.finished'] }, request: { body: call } });
		expect(result.workflowData).toBeUndefined();
		expect(result.webhookResponse).toEqual(OK_REPLY);
		expect(logs().debug).toHaveBeenCalledWith(
			expect.stringContaining('event "call.finished" is not among the selected events'),
			expect.objectContaining({ event: 'call.finished' }),
		);
	});

	describe('secret token from the credential', () => {
		const parameters = { requireToken: true };
		const secrets = { callbackToken: 'url-secret-123', queryParameterName: 'token', headerName: 'X-AIRudder-Token' };

		it('refuses a callback without the token: 401, a reason, a warning', async () => {
			const result = await deliver({ parameters, secrets, request: { body: call } });
			expect(result.workflowData).toBeUndefined();
			expect(result.noWebhookResponse).toBe(true);
			expect(result.status).toBe(401);
			expect(result.sentBody).toEqual({
				code: 401,
				status: 'Unauthorized',
				message: 'Missing secret token: expected in the query parameter "token" or header "X-AIRudder-Token"',
			});
			expect(logs().warn).toHaveBeenCalledWith(expect.stringContaining('HTTP 401'), expect.any(Object));
		});

		it('refuses a wrong token without echoing secrets', async () => {
			const result = await deliver({ parameters, secrets, request: { body: call, query: { token: 'nope' } } });
			expect(result.status).toBe(401);
			expect(JSON.stringify([result.sentBody, logs().warn.mock.calls])).not.toMatch(/url-secret-123|nope/);
		});

		it('accepts the token from the query and leaves it out of the output', async () => {
			const result = await deliver({ parameters, secrets, request: { body: call, query: { token: 'url-secret-123', a: 'b' } } });
			expect(result.workflowData![0][0].json.query).toEqual({ a: 'b' });
		});

		it('accepts the token from the header the credential names and leaves that header out of the output', async () => {
			const custom = { ...secrets, headerName: 'X-Our-Secret' };
			const result = await deliver({ parameters, secrets: custom, request: { body: call, headers: { 'X-Our-Secret': 'url-secret-123', 'User-Agent': 'Airudder' } } });
			expect(result.workflowData![0][0].json.headers).toEqual({ 'user-agent': 'Airudder' });
		});

		it('falls through an empty query parameter to the header', async () => {
			const result = await deliver({ parameters, secrets, request: { body: call, query: { token: '' }, headers: { 'X-AIRudder-Token': 'url-secret-123' } } });
			expect(result.status).toBeUndefined();
			expect(result.workflowData![0][0].json.event).toBe('call.finished');
		});

		it('masks the token in every other header and query value that carries it', async () => {
			const headers = {
				'X-Forwarded-Uri': '/webhook/abc/webhook?token=url-secret-123&a=b',
				Referer: 'https://proxy.example/?token=url-secret-123',
				'User-Agent': 'Airudder',
			};
			const query = { token: 'url-secret-123', a: 'b', copy: ['url-secret-123'], nested: { again: 'x-url-secret-123' } };
			const result = await deliver({ parameters, secrets, request: { body: call, query, headers } });
			const json = result.workflowData![0][0].json;
			expect(JSON.stringify([json.headers, json.query])).not.toContain('url-secret-123');
			expect(json.headers).toMatchObject({ 'x-forwarded-uri': '/webhook/abc/webhook?token=***&a=b', referer: 'https://proxy.example/?token=***', 'user-agent': 'Airudder' });
			expect(json.query).toEqual({ a: 'b', copy: ['***'], nested: { again: 'x-***' } });
		});

		it('masks the credential\'s token in the output even when the switch is off', async () => {
			const headers = { Referer: 'https://proxy.example/?token=url-secret-123', 'X-AIRudder-Token': 'url-secret-123' };
			const result = await deliver({ secrets, request: { body: call, query: { token: 'url-secret-123', a: 'b' }, headers } });
			const json = result.workflowData![0][0].json;
			expect(JSON.stringify(json)).not.toContain('url-secret-123');
			expect(json.query).toEqual({ token: '***', a: 'b' });
		});

		it('answers 500 with what to do when the switch is on but no credential is selected', async () => {
			const result = await deliver({ parameters, request: { body: call, query: { token: 'url-secret-123' } } });
			expect(result.status).toBe(500);
			expect(result.sentBody).toMatchObject({
				message: 'The trigger is not set up right: Require Secret Token is on, but no AIRudder iCall Callback API credential is selected, so there is no Callback Token',
			});
		});
	});

	describe('X-AIRudder-Sign', () => {
		const secret = 'sign-secret';
		const parameters = { verifySignature: true };
		const secrets = { signingSecret: secret };
		const rawBody = JSON.stringify(call);
		const sign = (text: string) => createHmac('sha256', secret).update(text).digest('hex');

		it('accepts a body signed with the credential\'s secret', async () => {
			const result = await deliver({ parameters, secrets, request: { body: call, rawBody, headers: { 'X-AIRudder-Sign': sign(rawBody) } } });
			expect(result.workflowData![0][0].json.event).toBe('call.finished');
		});

		it('refuses a bad signature with 401 and a warning', async () => {
			const result = await deliver({ parameters, secrets, request: { body: call, rawBody, headers: { 'X-AIRudder-Sign': sign(`${rawBody} `) } } });
			expect(result.status).toBe(401);
			expect(result.sentBody).toMatchObject({ message: 'X-AIRudder-Sign does not match the body signed with the configured secret' });
			expect(logs().warn).toHaveBeenCalled();
		});

		it('refuses a missing signature with 401', async () => {
			const result = await deliver({ parameters, secrets, request: { body: call, rawBody } });
			expect(result.sentBody).toMatchObject({ code: 401, message: 'Missing X-AIRudder-Sign header' });
		});

		describe('the keyless style: SHA-256 of the raw body, no credential needed', () => {
			const keyless = { verifySignature: true, signatureStyle: 'sha256' };
			const hash = (text: string) => createHash('sha256').update(text).digest('hex');

			it('accepts the hash of the exact bytes and refuses any other with 401', async () => {
				const accepted = await deliver({ parameters: keyless, request: { body: call, rawBody, headers: { 'X-AIRudder-Sign': hash(rawBody) } } });
				expect(accepted.workflowData![0][0].json.event).toBe('call.finished');
				const refused = await deliver({ parameters: keyless, request: { body: call, rawBody, headers: { 'X-AIRudder-Sign': sign(rawBody) } } });
				expect(refused.status).toBe(401);
				expect(refused.sentBody).toMatchObject({ message: 'X-AIRudder-Sign does not match the SHA-256 of the body' });
			});
		});
	});
});

describe('AIRudder iCall Trigger (version 2): encrypted callbacks', () => {
	const key = '0123456789abcdef';
	const secrets = { encryptionSecretKey: key };
	const plaintext = JSON.stringify(call);
	const ciphertext = encryptAes(plaintext, key);
	const marked = { 'Is-Encrypted': '1', Signed: signPlaintext(plaintext) };

	it('decrypts a base64 body marked Is-Encrypted: 1 (as n8n leaves text/plain), checks Signed and recognises the payload', async () => {
		const result = await deliver({ secrets, request: { body: ciphertext, rawBody: ciphertext, headers: { ...marked, 'Content-Type': 'text/plain' } } });
		expect(result.webhookResponse).toEqual(OK_REPLY);
		expect(result.workflowData![0][0].json).toMatchObject({ event: 'call.finished', body: call, headers: { 'is-encrypted': '1' } });
	});

	it('reads the ciphertext from the raw bytes when n8n parsed it as a form (where + became a space)', async () => {
		// A payload whose ciphertext has a "+", so the parsed form really differs from the bytes.
		const payload = Array.from({ length: 64 }, (_, attempt) => ({ ...call, Attempt: attempt })).find((candidate) =>
			encryptAes(JSON.stringify(candidate), key).includes('+'),
		)!;
		const withPlus = encryptAes(JSON.stringify(payload), key);
		const asForm = { [withPlus.replace(/\+/g, ' ')]: '' };
		const headers = { 'Is-Encrypted': '1', Signed: signPlaintext(JSON.stringify(payload)), 'Content-Type': 'application/x-www-form-urlencoded' };
		const result = await deliver({ secrets, request: { body: asForm, rawBody: withPlus, headers } });
		expect(result.workflowData![0][0].json).toMatchObject({ event: 'call.finished', body: payload });
	});

	it('still reads the first edition\'s {"data": ciphertext} wrapper', async () => {
		const result = await deliver({ secrets, request: { body: { data: ciphertext }, headers: marked } });
		expect(result.workflowData![0][0].json).toMatchObject({ event: 'call.finished', body: call });
	});

	it('refuses a Signed value that does not match the plaintext with 401', async () => {
		const result = await deliver({ secrets, request: { body: ciphertext, rawBody: ciphertext, headers: { ...marked, Signed: signPlaintext(`${plaintext} `) } } });
		expect(result.status).toBe(401);
		expect(result.sentBody).toMatchObject({ message: 'The Signed header does not match the decrypted body (SHA-256 of the plaintext)' });
	});

	it('refuses a callback that claims encryption but is plain JSON with 400', async () => {
		const result = await deliver({ secrets, request: { body: call, headers: { 'Is-Encrypted': '1' } } });
		expect(result.status).toBe(400);
		expect(result.sentBody).toMatchObject({ message: 'The callback says Is-Encrypted: 1, but its body is not base64 ciphertext' });
	});

	it('refuses ciphertext made with another key with 400, never showing either key', async () => {
		const other = 'ffffffffffffffff';
		const foreign = encryptAes(plaintext, other);
		const result = await deliver({ secrets, request: { body: foreign, rawBody: foreign, headers: { 'Is-Encrypted': '1' } } });
		expect(result.status).toBe(400);
		expect(JSON.stringify([result.sentBody, logs().warn.mock.calls])).not.toMatch(new RegExp(`${key}|${other}`));
	});

	describe('ciphertext padded the PKCS#7 way instead of with zero bytes', () => {
		const cipher = createCipheriv('aes-128-ecb', Buffer.from(key, 'utf8'), null);
		const padded = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]).toString('base64');
		const request = { body: padded, rawBody: padded, headers: { 'Is-Encrypted': '1', 'Content-Type': 'text/plain' } };

		it.each([
			['all events', {}],
			['an event filter', { events: ['call.finished'] }],
		])('is refused with 400 and the reason under %s, not emitted or dropped', async (_name, parameters) => {
			const result = await deliver({ parameters, secrets, request });
			expect(result.workflowData).toBeUndefined();
			expect(result.status).toBe(400);
			expect(result.sentBody).toMatchObject({ message: expect.stringContaining('does not decrypt to a JSON payload') });
			expect(result.sentBody).toMatchObject({ message: expect.stringContaining('PKCS#7') });
		});
	});

	it('reads ciphertext sent as a JSON string with escaped slashes', async () => {
		const payload = Array.from({ length: 64 }, (_, attempt) => ({ ...call, Attempt: attempt })).find((candidate) =>
			encryptAes(JSON.stringify(candidate), key).includes('/'),
		)!;
		const escaped = JSON.stringify(encryptAes(JSON.stringify(payload), key)).replace(/\//g, '\\/');
		const result = await deliver({ secrets, request: { body: {}, rawBody: escaped, headers: { 'Is-Encrypted': '1', 'Content-Type': 'text/plain' } } });
		expect(result.status).toBeUndefined();
		expect(result.workflowData![0][0].json).toMatchObject({ event: 'call.finished', body: payload });
	});

	it('answers 500 when a marked callback arrives and the credential has no Encryption Key', async () => {
		const result = await deliver({ request: { body: ciphertext, rawBody: ciphertext, headers: marked } });
		expect(result.status).toBe(500);
		expect(result.sentBody).toMatchObject({ message: expect.stringContaining('has no Encryption Key') });
	});

	it('answers an encrypted callback 500 naming the length rule, not the key, when the key has a length AES cannot take', async () => {
		const result = await deliver({ secrets: { encryptionSecretKey: 'short-key' }, request: { body: ciphertext, rawBody: ciphertext, headers: marked } });
		expect(result.status).toBe(500);
		expect(result.sentBody).toMatchObject({ message: expect.stringContaining('The Encryption Key must be 16, 24 or 32 bytes long') });
		expect(JSON.stringify(result.sentBody)).not.toContain('short-key');
	});

	it('with "Always Encrypted" decrypts an unmarked body and refuses a plain one', async () => {
		const parameters = { encryptedCallbacks: 'always' };
		const unmarked = await deliver({ parameters, secrets, request: { body: ciphertext, rawBody: ciphertext } });
		expect(unmarked.workflowData![0][0].json).toMatchObject({ event: 'call.finished', body: call });
		const plain = await deliver({ parameters, secrets, request: { body: call } });
		expect(plain.status).toBe(400);
		expect(plain.sentBody).toMatchObject({ message: "Encrypted Callbacks is set to Always, but this callback's body is not base64 ciphertext" });
	});

	it('passes plain callbacks through when decrypting only marked ones', async () => {
		const result = await deliver({ secrets, request: { body: call } });
		expect(result.workflowData![0][0].json).toMatchObject({ event: 'call.finished', body: call });
	});
});

describe('AIRudder iCall Trigger: ignoring repeats', () => {
	it('runs the first delivery and answers the retry 200 with no execution and an info line', async () => {
		const parameters = { dedupe: true };
		expect((await deliver({ parameters, request: { body: call } })).workflowData).toHaveLength(1);
		const retry = await deliver({ parameters, request: { body: call } });
		expect(retry.workflowData).toBeUndefined();
		expect(retry.webhookResponse).toEqual(OK_REPLY);
		expect(logs().info).toHaveBeenCalledWith(expect.stringContaining('repeat of an event "call.finished"'), expect.any(Object));
		expect((await deliver({ parameters, request: { body: { ...call, CallID: 'other-call' } } })).workflowData).toHaveLength(1);
	});

	it('takes the same payload in another key order and spacing for a repeat', async () => {
		const parameters = { dedupe: true };
		expect((await deliver({ parameters, request: { body: call } })).workflowData).toHaveLength(1);
		const reordered = Object.fromEntries(Object.entries(call).reverse());
		const retry = await deliver({ parameters, request: { body: reordered, rawBody: JSON.stringify(reordered, null, 2) } });
		expect(retry.workflowData).toBeUndefined();
	});

	describe('runs events that share ids but differ elsewhere', () => {
		const action = (taskStatus: string) => [{ nodetask_id: 'n1', nodetask_name: 'Call', node_type: 'call', task_id: 't1', task_status: taskStatus }];
		const row = (nodetaskId: string) => [{ nodetask_id: nodetaskId, nodetask_name: 'Call', node_type: 'call', task_id: 't1' }];
		it.each([
			[
				'workflow.statusChanged running, paused, running again with other actions',
				[
					{ workflow_id: 'w1', workflow_name: 'W', status: 'running', actions: action('running') },
					{ workflow_id: 'w1', workflow_name: 'W', status: 'paused', actions: action('paused') },
					{ workflow_id: 'w1', workflow_name: 'W', status: 'running', actions: action('finished') },
				],
			],
			['chatbot.templateResult, one batch, other results', [{ batch_id: 'b1', results: [{ callee: '+1', status: 'sent' }] }, { batch_id: 'b1', results: [{ callee: '+1', status: 'failed' }] }]],
			[
				'workflow.contactFinished, one contact, other rows',
				[
					{ workflow_id: 'w1', workflow_name: 'W', case_id: 'c1', callee_number: '+1', rows: row('n1') },
					{ workflow_id: 'w1', workflow_name: 'W', case_id: 'c1', callee_number: '+1', rows: row('n2') },
				],
			],
			[
				'workflow.apiNodePush, one contact, other fields',
				[
					{ workflow_id: 'w1', node_id: 'n1', callee: { case_id: 'c1', callee_number: '+1', extra_a: '10' } },
					{ workflow_id: 'w1', node_id: 'n1', callee: { case_id: 'c1', callee_number: '+1', extra_a: '20' } },
				],
			],
		])('%s', async (_name, payloads) => {
			for (const payload of payloads) {
				const result = await deliver({ parameters: { dedupe: true }, request: { body: payload } });
				expect(result.workflowData).toHaveLength(1);
			}
		});
	});

	it('does nothing of the kind when the option is off', async () => {
		await deliver({ request: { body: call } });
		expect((await deliver({ request: { body: call } })).workflowData).toHaveLength(1);
	});
});

describe('AIRudder iCall Trigger: what the sandbox sends', () => {
	it('decrypts a sandbox callback (encrypted the vendor way, token in the URL) and passes a dialer envelope through whole, the hang-up code labelled', async () => {
		const key = 'sandbox-key-0016';
		const receiver = await startReceiver();
		const sandbox = await startSandbox({ speed: 'manual', callbacks: { url: receiver.url, token: 'url-token', encryption: { key, contentType: 'text/plain' } } });
		try {
			const dialer = evidencePayloads.find((example) => example.event === 'dialer.contactStatus')!.payload;
			await sandbox.postEvent(dialer);
			const [sent] = receiver.received;
			const headers = Object.fromEntries(Object.entries(sent.headers).map(([name, value]) => [name, String(value)]));
			const query = Object.fromEntries(new URL(sent.url, 'http://n8n.test').searchParams);
			const result = await deliver({
				parameters: { requireToken: true, events: ['dialer.contactStatus'] },
				secrets: { callbackToken: 'url-token', queryParameterName: 'token', encryptionSecretKey: key },
				request: { body: sent.rawBody, rawBody: sent.rawBody, headers, query },
			});
			expect(result.webhookResponse).toEqual(OK_REPLY);
			expect(result.workflowData![0][0].json).toMatchObject({ event: 'dialer.contactStatus', query: {} });
			const body = dialer.body as Record<string, unknown>;
			expect(result.workflowData![0][0].json.body).toEqual({ ...dialer, body: { ...body, hangupReasonText: 'AMD (answering machine detected)' } });
		} finally {
			await sandbox.close();
			await receiver.close();
		}
	});
});
