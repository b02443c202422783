// Test code never ships: one sandbox and one credential store shared by the integration tests.
import type { ICredentialDataDecryptedObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { ICallApi } from '../../credentials/ICallApi.credentials';
import { ICall } from '../../nodes/ICall/ICall.node';
import type { Sandbox, SandboxOptions } from '../../sandbox';
import { demoAccount, startSandbox } from '../../sandbox';
import { HarnessCredentialsHelper, runListSearch, runNode } from '../harness';
import type { BinaryDataMode } from '../harness';
import type { AnyNodeType } from '../harness/node-types';

export const CREDENTIAL = 'iCallApi';

/** Fast retries keep fault tests short; the policy itself is the same. */
export const FAST_RETRIES = { requestOptions: { retryBaseDelayMs: 5, maxRetries: 6 } };

export interface ICallFixture {
	sandbox: Sandbox;
	credentials: HarnessCredentialsHelper;
	run(parameters: INodeParameters, items?: INodeExecutionData[], continueOnFail?: boolean, binaryDataMode?: BinaryDataMode): Promise<INodeExecutionData[]>;
	search(methodName: string, filter?: string, paginationToken?: string, parameters?: INodeParameters): ReturnType<typeof runListSearch>;
	logins(): number;
	token(): string;
}

export function byId(value: string) {
	return { __rl: true, mode: 'id', value };
}

/**
 * `credential` adds to or overrides the demo credential (e.g. an Encryption Key). The node under
 * test is the AIRudder iCall node unless another (the WhatsApp node) is given.
 */
export async function startFixture(
	options: SandboxOptions = {},
	credential: ICredentialDataDecryptedObject = {},
	nodeType: AnyNodeType = new ICall(),
): Promise<ICallFixture> {
	const sandbox = await startSandbox({ speed: 'manual', ...options });
	const credentials = new HarnessCredentialsHelper([new ICallApi()], {
		[CREDENTIAL]: { appKey: demoAccount.appKey, appSecret: demoAccount.appSecret, baseUrl: sandbox.url, token: '', ...credential },
	});
	return {
		sandbox,
		credentials,
		async run(parameters, items, continueOnFail, binaryDataMode) {
			const { output } = await runNode({
				nodeType,
				credentialsHelper: credentials,
				parameters: { ...FAST_RETRIES, ...parameters },
				items,
				continueOnFail,
				binaryDataMode,
			});
			return output[0];
		},
		search: async (methodName, filter, paginationToken, parameters = {}) =>
			await runListSearch({ nodeType, credentialsHelper: credentials, methodName, parameters, filter, paginationToken }),
		logins: () => sandbox.log.count('auth'),
		token: () => String(credentials.storedData(CREDENTIAL).token ?? ''),
	};
}

export function debtors(count: number, offset = 0): INodeExecutionData[] {
	return Array.from({ length: count }, (_, index) => ({
		json: {
			phone: `+62812${String(offset + index).padStart(7, '0')}`,
			loanId: `L${offset + index}`,
			name: `Debtor ${offset + index}`,
			amount: 150000 + index,
		},
	}));
}
