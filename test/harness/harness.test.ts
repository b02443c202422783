// Test-only code: it never ships (package.json "files" is ["dist"]), so Node globals and fs are fine here.
/* eslint-disable @n8n/community-nodes/no-restricted-imports */
import { createHash, createHmac } from 'node:crypto';
import { existsSync } from 'node:fs';

import type { INodeExecutionData } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { DOWNLOAD_BYTES, FixtureServer } from './fixtures/fixture-server';
import { HarnessFixture } from './fixtures/HarnessFixture.node';
import { HarnessFixtureApi } from './fixtures/HarnessFixtureApi.credentials';
import { HarnessFixtureTrigger } from './fixtures/HarnessFixtureTrigger.node';
import {
	binaryStoragePath,
	HarnessCredentialsHelper,
	inlineBinary,
	readItemBinary,
	runListSearch,
	runLoadOptions,
	runNode,
	runWebhook,
} from './index';

const server = new FixtureServer();
const TYPE = 'harnessFixtureApi';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

function freshCredentials(token = '') {
	return new HarnessCredentialsHelper([new HarnessFixtureApi()], {
		[TYPE]: { baseUrl: server.baseUrl, username: 'ann', password: 'secret', token },
	});
}

function getThing(ids: string[], credentialsHelper = freshCredentials(), continueOnFail = false) {
	return runNode({
		nodeType: new HarnessFixture(),
		credentialsHelper,
		parameters: { operation: 'getThing', thing: { __rl: true, mode: 'id', value: '={{ $json.id }}' } },
		items: ids.map((id): INodeExecutionData => ({ json: { id } })),
		continueOnFail,
	});
}

describe('runNode through n8n-core: credentials and token refresh', () => {
	it('logs in through preAuthentication and sends "Authorization: Token <token>"', async () => {
		const { output, credentialsHelper } = await getThing(['7']);

		expect(server.requestsTo('/login')).toHaveLength(1);
		expect(JSON.parse(server.requestsTo('/login')[0].body.toString())).toEqual({ username: 'ann', password: 'secret' });
		expect(server.requestsTo('/things/7').map((r) => r.authorization)).toEqual(['Token tok-1']);
		expect(output).toEqual([[{ json: { id: '7', token: 'tok-1' }, pairedItem: { item: 0 } }]]);
		// The CLI persists the fresh token to the stored credential.
		expect(credentialsHelper.storedData(TYPE).token).toBe('tok-1');
		expect(credentialsHelper.preAuthenticationCount(TYPE)).toBe(1);
	});

	it('logs in once for many items and not again in the next execution', async () => {
		const credentialsHelper = freshCredentials();
		await getThing(['1', '2', '3', '4', '5'], credentialsHelper);
		await getThing(['6'], credentialsHelper);

		expect(server.loginCount).toBe(1);
		expect(credentialsHelper.preAuthenticationCount(TYPE)).toBe(1);
		const thingCalls = server.requests.filter((r) => r.path.startsWith('/things/'));
		expect(thingCalls).toHaveLength(6);
		expect(new Set(thingCalls.map((r) => r.authorization))).toEqual(new Set(['Token tok-1']));
	});

	it('on HTTP 401 re-logs in exactly once and resends the request', async () => {
		const credentialsHelper = freshCredentials('stale-token');
		const { output } = await getThing(['9'], credentialsHelper);

		expect(server.requestsTo('/things/9').map((r) => r.authorization)).toEqual(['Token stale-token', 'Token tok-1']);
		expect(server.loginCount).toBe(1);
		expect(credentialsHelper.storedData(TYPE).token).toBe('tok-1');
		expect(output[0][0].json).toEqual({ id: '9', token: 'tok-1' });
	});

	it('gives up after one refresh when the new token is refused too, with the real NodeApiError', async () => {
		server.loginHandsOutRefusedTokens = true;
		const error = await getThing(['9'], freshCredentials('stale-token')).catch((e: unknown) => e);

		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as NodeApiError).httpCode).toBe('401');
		expect(server.loginCount).toBe(1);
		expect(server.requestsTo('/things/9')).toHaveLength(2);
	});

	it('a blanked stored token (simulated expiry) forces a new login', async () => {
		const credentialsHelper = freshCredentials();
		await getThing(['1'], credentialsHelper);
		credentialsHelper.storedData(TYPE).token = '';
		await getThing(['2'], credentialsHelper);

		expect(server.loginCount).toBe(2);
		expect(server.requestsTo('/things/2')[0].authorization).toBe('Token tok-2');
	});

	it('a body-level expiry (200 + code 401) is retried with credentialsDecrypted and a blank token', async () => {
		server.validTokens.add('old-token');
		server.bodyExpiredTokens.add('old-token');
		const credentialsHelper = freshCredentials('old-token');
		const { output } = await getThing(['5'], credentialsHelper);

		expect(server.requestsTo('/things/5').map((r) => r.authorization)).toEqual(['Token old-token', 'Token tok-1']);
		expect(credentialsHelper.preAuthenticationCount(TYPE)).toBe(1);
		// preAuthentication persisted under the node's credential, so the next run uses tok-1.
		expect(credentialsHelper.storedData(TYPE).token).toBe('tok-1');
		expect(output[0][0].json.token).toBe('tok-1');
	});
});

describe('runNode through n8n-core: parameters, errors, continueOnFail', () => {
	it('resolves resource locators with extractValue (URL mode regex)', async () => {
		const { output } = await runNode({
			nodeType: new HarnessFixture(),
			credentialTypes: [new HarnessFixtureApi()],
			credentials: { [TYPE]: { baseUrl: server.baseUrl, username: 'ann', password: 'x', token: '' } },
			parameters: { operation: 'getThing', thing: { __rl: true, mode: 'url', value: 'https://app.example/things/42' } },
		});
		expect(output[0][0].json.id).toBe('42');
	});

	it('throws the node error instance when continueOnFail is off', async () => {
		const error = await getThing(['1', 'refused']).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as NodeApiError).message).toBe('Fixture API error 1001');
		expect((error as NodeApiError).context.itemIndex).toBe(1);
	});

	it('continueOnFail yields one error item per failed input item, paired to it', async () => {
		const { output } = await getThing(['1', 'broken', 'refused', '4'], freshCredentials(), true);

		expect(output[0].map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);
		expect(output[0][0].json.id).toBe('1');
		// n8n-core's NodeApiError replaces a 5xx message with its own wording.
		expect(output[0][1].json.error).toBe('The service was not able to process your request');
		expect(output[0][2].json.error).toBe('Fixture API error 1001');
		expect(output[0][3].json.id).toBe('4');
	});
});

describe('runNode through n8n-core: binary data', () => {
	it.each(['default', 'filesystem'] as const)('prepareBinaryData stores a downloaded stream (%s mode)', async (mode) => {
		const { output } = await runNode({
			nodeType: new HarnessFixture(),
			credentialsHelper: freshCredentials(),
			parameters: { operation: 'download', binaryPropertyName: 'recording' },
			binaryDataMode: mode,
		});
		const binary = output[0][0].binary!.recording;

		expect(binary).toMatchObject({ fileName: 'recording.wav', mimeType: 'audio/wav', bytes: DOWNLOAD_BYTES.length });
		expect((await readItemBinary(output[0][0], 'recording')).equals(DOWNLOAD_BYTES)).toBe(true);
		if (mode === 'filesystem') {
			expect(binary.id).toMatch(/^filesystem-v2:/);
			expect(existsSync(binaryStoragePath())).toBe(true);
		} else {
			expect(binary.id).toBeUndefined();
		}
	});

	it('getBinaryDataBuffer reads an incoming inline binary and sends its exact bytes', async () => {
		const bytes = Buffer.from('hello binary world');
		const { output } = await runNode({
			nodeType: new HarnessFixture(),
			credentialsHelper: freshCredentials(),
			parameters: { operation: 'upload', binaryPropertyName: 'data' },
			items: [{ json: {}, binary: { data: inlineBinary(bytes, 'a.txt', 'text/plain') } }],
		});
		expect(output[0][0].json).toEqual({ bytes: bytes.length, sha256: sha256(bytes) });
		expect(server.requestsTo('/upload')[0].body.equals(bytes)).toBe(true);
	});

	it('a binary stored on disk by one node is read back by the next (filesystem mode)', async () => {
		const credentialsHelper = freshCredentials();
		const downloaded = await runNode({
			nodeType: new HarnessFixture(),
			credentialsHelper,
			parameters: { operation: 'download', binaryPropertyName: 'data' },
			binaryDataMode: 'filesystem',
		});
		const { output } = await runNode({
			nodeType: new HarnessFixture(),
			credentialsHelper,
			parameters: { operation: 'upload', binaryPropertyName: 'data' },
			items: downloaded.output[0],
			binaryDataMode: 'filesystem',
		});
		expect(output[0][0].json).toEqual({ bytes: DOWNLOAD_BYTES.length, sha256: sha256(DOWNLOAD_BYTES) });
	});
});

describe('runListSearch / runLoadOptions through LoadOptionsContext', () => {
	it('lists with filter and follows the pagination token, authenticated', async () => {
		const base = { nodeType: new HarnessFixture(), methodName: 'searchThings', parameters: { operation: 'getThing' } };
		const credentialsHelper = freshCredentials();
		const first = await runListSearch({ ...base, credentialsHelper, filter: 'ap' });
		const second = await runListSearch({ ...base, credentialsHelper, paginationToken: '2' });

		expect(first).toEqual({ results: [{ name: 'apple', value: '1' }, { name: 'apricot', value: '2' }], paginationToken: '2' });
		expect(second.results).toEqual([{ name: 'banana', value: '3' }]);
		expect(server.requestsTo('/things').map((r) => r.authorization)).toEqual(['Token tok-1', 'Token tok-1']);
	});

	it('loads options', async () => {
		const options = await runLoadOptions({
			nodeType: new HarnessFixture(),
			methodName: 'getCategories',
			parameters: { operation: 'getThing' },
			credentialsHelper: freshCredentials(),
		});
		expect(options).toEqual([{ name: 'alpha', value: 'alpha' }, { name: 'beta', value: 'beta' }]);
	});
});

describe('runWebhook through WebhookContext', () => {
	const body = { event: 'call.finished', callId: 'c-1' };
	const rawBody = Buffer.from(JSON.stringify(body));
	const sign = (secret: string) => createHmac('sha256', secret).update(rawBody).digest('hex');

	it('turns an accepted request into workflow data', async () => {
		const result = await runWebhook({
			nodeType: new HarnessFixtureTrigger(),
			parameters: { path: 'calls', secret: 's3cret' },
			request: { body, rawBody, headers: { 'X-Fixture-Sign': sign('s3cret') }, query: { tenant: 't1' } },
		});
		expect(result.workflowData).toEqual([[{ json: { ...body, query: { tenant: 't1' } } }]]);
		expect(result.webhookResponse).toEqual({ received: true, url: 'http://localhost:5678/webhook/harness-webhook-id/calls' });
		expect(result.status).toBeUndefined();
	});

	it('answers 401 itself on a bad signature', async () => {
		const result = await runWebhook({
			nodeType: new HarnessFixtureTrigger(),
			parameters: { secret: 's3cret' },
			request: { body, rawBody, headers: { 'x-fixture-sign': sign('wrong') } },
		});
		expect(result).toMatchObject({ noWebhookResponse: true, status: 401, sentBody: 'signature mismatch' });
		expect(result.workflowData).toBeUndefined();
	});
});
