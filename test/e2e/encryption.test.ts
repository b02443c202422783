// Dev tooling (e2e tests); never shipped in the n8n package.
// The packed package inside a real n8n 2.41.1 against a sandbox account with encryption switched
// on: the example workflow runs with every request sealed, and n8n's credential test passes.
import { conventions } from '../../sandbox/contract';
import type { Sandbox } from '../../sandbox/index';
import { demoAccount, startSandbox } from '../../sandbox/index';
import { N8nRestSession, createN8nInstance, ensureN8nRuntime, executeWorkflow, findFreePort, importCredentials, importWorkflow, installProjectPackage, removeN8nInstance, startServer, testCredential, type N8nInstance } from '../../scripts/n8n-runtime/index';
import { EXAMPLE_CREDENTIAL, exampleWorkflow, expectCallDebtorsRun } from './fixtures/examples';

const INSTALL_TIMEOUT_MS = 30 * 60 * 1000;
const STEP_TIMEOUT_MS = 4 * 60 * 1000;
const accountKey = 'airudderredduria';

/** The example's own credential, so the workflow runs as a user would import it. */
const EXAMPLE_CREDENTIAL_ID = EXAMPLE_CREDENTIAL.id;

describe('an encrypted AIRudder account in real n8n 2.41.1', () => {
	let instance: N8nInstance;
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startSandbox({ speed: 600, encryptionKey: accountKey });
		instance = await createN8nInstance(await ensureN8nRuntime());
		await installProjectPackage(instance);
		const credential = (id: string, encryptionSecretKey: string) => ({
			id,
			name: `AIRudder iCall (${id})`,
			type: 'iCallApi',
			data: { appKey: demoAccount.appKey, appSecret: demoAccount.appSecret, baseUrl: sandbox.url, encryptionSecretKey },
		});
		await importCredentials(instance, [credential(EXAMPLE_CREDENTIAL_ID, accountKey), credential('icallOtherKey', 'k'.repeat(16))]);
	}, INSTALL_TIMEOUT_MS);

	afterAll(async () => {
		await sandbox?.close();
		if (instance) removeN8nInstance(instance);
	});

	test(
		'the example workflow runs with every request sealed and every answer opened',
		async () => {
			const execution = await executeWorkflow(instance, await importWorkflow(instance, exampleWorkflow('call-debtors.json')));
			expect(execution.errorMessage).toBeUndefined();
			expectCallDebtorsRun(execution.run!, sandbox);
			const withData = sandbox.log.entries.filter((entry) => entry.method === 'POST' || Object.keys(entry.query).length > 0);
			expect(withData.length).toBeGreaterThanOrEqual(3);
			expect(withData.every((entry) => entry.encrypted === true)).toBe(true);
			expect(withData.every((entry) => entry.headers[conventions.encryption.flagHeader.toLowerCase()] === '1')).toBe(true);
		},
		STEP_TIMEOUT_MS,
	);

	test(
		"n8n's credential test passes with the account key and explains another key",
		async () => {
			const server = await startServer(instance, { port: await findFreePort() });
			try {
				const session = await N8nRestSession.open(server.baseUrl);
				expect(await testCredential(session, EXAMPLE_CREDENTIAL_ID)).toEqual(expect.objectContaining({ status: 'OK' }));
				const other = await testCredential(session, 'icallOtherKey');
				expect(other.status).toBe('Error');
				expect(other.message).toMatch(/cannot decrypt the request/);
				expect(other.message).not.toContain(accountKey);
			} finally {
				await server.stop();
			}
		},
		STEP_TIMEOUT_MS,
	);
});
