// Test-only code: it never ships (package.json "files" is ["dist"]).
import type { IHookFunctions, INode, INodeParameters } from 'n8n-workflow';
import { ICallTrigger } from '../../nodes/ICall/ICallTrigger.node';

/** The hook context n8n gives `create()` when a workflow is published, reduced to what the trigger reads. */
function hookContext(parameters: INodeParameters, secrets?: Record<string, string>): IHookFunctions {
	const node: INode = { id: 'n1', name: 'AIRudder iCall Trigger', type: 'n8n-nodes-airudder.iCallTrigger', typeVersion: 2, position: [0, 0], parameters };
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

	it('stops a node whose switch needs a secret the credential lacks, naming the field', async () => {
		await expect(create.call(hookContext({ verifySignature: true }, { callbackToken: 'x' }))).rejects.toThrow(
			'Verify X-AIRudder-Sign is on, but the AIRudder iCall Callback API credential has no Signing Secret',
		);
	});

	it('publishes a node with a complete credential, and one without any switch and no credential', async () => {
		await expect(create.call(hookContext({ requireToken: true }, { callbackToken: 't', queryParameterName: 'token' }))).resolves.toBe(true);
		await expect(create.call(hookContext({}))).resolves.toBe(true);
	});
});
