// Test-only code: it never ships (package.json "files" is ["dist"]).
/* eslint-disable @typescript-eslint/no-require-imports */
import type { ICredentialDataDecryptedObject, INodeParameters } from 'n8n-workflow';

import { ICallCallbackApi } from '../../credentials/ICallCallbackApi.credentials';
import { ICallTrigger } from '../../nodes/ICall/ICallTrigger.node';
import { forgetSeenInProcess } from '../../nodes/ICall/trigger/dedupe';
import type { FakeRequestInput } from '../harness';
import { runWebhook } from '../harness';

export const OK_REPLY = { code: 200, status: 'OK' };
export const CALLBACK_CREDENTIAL = 'iCallCallbackApi';

export interface Delivery {
	parameters?: INodeParameters;
	request: FakeRequestInput;
	/** Fields of the AIRudder iCall Callback credential; none = no credential selected. */
	secrets?: ICredentialDataDecryptedObject;
}

/** One callback through the trigger's webhook() in n8n-core's WebhookContext. */
export async function deliver({ parameters = {}, request, secrets }: Delivery) {
	return await runWebhook({
		nodeType: new ICallTrigger(),
		parameters,
		request,
		credentialTypes: [new ICallCallbackApi()],
		credentials: secrets ? { [CALLBACK_CREDENTIAL]: secrets } : undefined,
	});
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

export type LogRecorder = Record<'error' | 'warn' | 'info' | 'debug', jest.Mock>;

/** Records n8n's log lines for each test and forgets seen callbacks; returns a getter for the recorder. */
export function recordTriggerLogs(): () => LogRecorder {
	const realLogger = Container.get(Logger);
	let logs: LogRecorder;
	beforeEach(() => {
		forgetSeenInProcess();
		logs = { error: jest.fn(), warn: jest.fn(), info: jest.fn(), debug: jest.fn() };
		Container.set(Logger, logs as unknown as Logger);
	});
	afterAll(() => Container.set(Logger, realLogger));
	return () => logs;
}
