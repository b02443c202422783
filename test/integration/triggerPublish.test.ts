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

/**
 * What n8n 2.41.1 does with a webhook trigger when a workflow is published (and when "Listen for test
 * event" starts): WebhookService.createWebhookIfNotExists asks `checkExists`, and runs `create` only
 * when that answers false; an error thrown by either fails the activation with its message.
 */
async function publish(context: IHookFunctions): Promise<void> {
	const { checkExists, create } = new ICallTrigger().webhookMethods.default;
	if (!(await checkExists.call(context))) await create.call(context);
}

describe('publishing a workflow (the webhook hooks, in the order n8n calls them)', () => {
	it('stops a node whose switch needs a secret the credential lacks, naming the field', async () => {
		await expect(publish(hookContext({ verifySignature: true }, { callbackToken: 'x' }))).rejects.toThrow(
			'Verify X-AIRudder-Sign is on, but the AIRudder iCall Callback API credential has no Signing Secret',
		);
	});

	it('stops a node with Require Secret Token on and no callback credential chosen, as a user builds it', async () => {
		await expect(publish(hookContext({ requireToken: true }))).rejects.toThrow(
			'Require Secret Token is on, but no AIRudder iCall Callback API credential is selected, so there is no Callback Token',
		);
	});

	it('needs no Signing Secret for the keyless X-AIRudder-Sign style', async () => {
		await expect(publish(hookContext({ verifySignature: true, signatureStyle: 'sha256' }))).resolves.toBeUndefined();
	});

	it('publishes a node with a complete credential, and one without any switch and no credential', async () => {
		await expect(publish(hookContext({ requireToken: true }, { callbackToken: 't', queryParameterName: 'token' }))).resolves.toBeUndefined();
		await expect(publish(hookContext({}))).resolves.toBeUndefined();
	});
});
