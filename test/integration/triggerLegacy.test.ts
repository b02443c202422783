// Test-only code: it never ships (package.json "files" is ["dist"]).
/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- test values, not secrets */
import { createHmac } from 'crypto';
import type { IHookFunctions, INode, INodeParameters } from 'n8n-workflow';
import { encryptAes } from '../../nodes/ICall/api/crypto';
import { ICallTrigger } from '../../nodes/ICall/ICallTrigger.node';
import { sampleOf } from '../unit/trigger/samples';
import { deliver, recordTriggerLogs } from './triggerFixture';

const call = sampleOf('call.finished');
recordTriggerLogs();

/** Parameters as a version-1.1 workflow saved them: secrets in the node. */
const saved = {
	requireToken: true,
	token: 'url-secret-123',
	verifySignature: true,
	signingSecret: 'sign-secret',
	decryptBody: true,
	aesKey: '0123456789abcdef',
};

describe.each([1, 1.1])('a workflow saved with trigger version %s', (typeVersion) => {
	const plaintext = JSON.stringify(call);
	const body = { data: encryptAes(plaintext, saved.aesKey) };
	const rawBody = JSON.stringify(body);
	const signature = createHmac('sha256', saved.signingSecret).update(rawBody).digest('hex');
	const request = { body, rawBody, query: { token: saved.token }, headers: { 'X-AIRudder-Sign': signature } };

	it('keeps working: token, signature and decryption from its node parameters', async () => {
		const result = await deliver({ typeVersion, parameters: saved, request });
		expect(result.workflowData![0][0].json).toMatchObject({ event: 'call.finished', body: call, query: {} });
	});

	it('masks its token in the other headers that carry it', async () => {
		const headers = { ...request.headers, Referer: `https://proxy.example/?token=${saved.token}` };
		const result = await deliver({ typeVersion, parameters: saved, request: { ...request, headers } });
		expect(JSON.stringify(result.workflowData![0][0].json)).not.toContain(saved.token);
	});

	it('still refuses a wrong token and a wrong signature', async () => {
		expect((await deliver({ typeVersion, parameters: saved, request: { ...request, query: { token: 'nope' } } })).status).toBe(401);
		const badSignature = { ...request, headers: { 'X-AIRudder-Sign': '0'.repeat(64) } };
		expect((await deliver({ typeVersion, parameters: saved, request: badSignature })).status).toBe(401);
	});

	it.each([
		[{ aesMode: 'aes-128-cbc' }, '"aesMode" = "aes-128-cbc"'],
		[{ aesKeyFormat: 'hex' }, '"aesKeyFormat" = "hex"'],
		[{ ciphertextEncoding: 'hex' }, '"ciphertextEncoding" = "hex"'],
	])('refuses with 500 and the way to version 2 when set to %j', async (setting, named) => {
		const result = await deliver({ typeVersion, parameters: { ...saved, ...setting }, request });
		expect(result.status).toBe(500);
		const message = (result.sentBody as { message: string }).message;
		expect(message).toContain(named);
		expect(message).toContain('Add the AIRudder iCall Trigger to the workflow again (version 2)');
		expect(message).not.toContain(saved.aesKey);
	});
});

/** The hook context n8n gives `create()` when a workflow is published, reduced to what the trigger reads. */
function hookContext(typeVersion: number, parameters: INodeParameters, secrets?: Record<string, string>): IHookFunctions {
	const node: INode = { id: 'n1', name: 'AIRudder iCall Trigger', type: 'n8n-nodes-airudder.iCallTrigger', typeVersion, position: [0, 0], parameters };
	return {
		getNode: () => node,
		getNodeParameter: (name: string, fallback?: unknown) => parameters[name] ?? fallback,
		getCredentials: async () => {
			if (!secrets) throw new Error('Node does not have any credentials set');
			return secrets;
		},
		getNodeWebhookUrl: () => 'http://n8n.test/webhook/abc/webhook',
		logger: { info: jest.fn(), warn: jest.fn(), debug: jest.fn(), error: jest.fn() },
	} as unknown as IHookFunctions;
}

describe('publishing a workflow (the webhook create hook)', () => {
	const create = new ICallTrigger().webhookMethods.default.create;

	it('stops a version-1.1 node set to AES-CBC with the way to version 2', async () => {
		await expect(create.call(hookContext(1.1, { ...saved, aesMode: 'aes-256-cbc' }))).rejects.toThrow(/version 2/);
	});

	it('stops a version-2 node whose switch needs a secret the credential lacks, naming the field', async () => {
		await expect(create.call(hookContext(2, { verifySignature: true }, { callbackToken: 'x' }))).rejects.toThrow(
			'Verify X-AIRudder-Sign is on, but the AIRudder iCall Callback API credential has no Signing Secret',
		);
	});

	it('publishes a version-2 node with a complete credential, and one without any switch and no credential', async () => {
		await expect(create.call(hookContext(2, { requireToken: true }, { callbackToken: 't', queryParameterName: 'token' }))).resolves.toBe(true);
		await expect(create.call(hookContext(2, {}))).resolves.toBe(true);
	});
});
