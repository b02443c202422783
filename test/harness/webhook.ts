// Test-only code: it never ships (package.json "files" is ["dist"]), so Node globals and fs are fine here.
import { WebhookContext } from 'n8n-core';
import type {
	CloseFunction,
	ICredentialType,
	IDataObject,
	IHttpRequestMethods,
	INodeExecutionData,
	INodeParameters,
	IWebhookData,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { UserError } from 'n8n-workflow';

import { buildAdditionalData, HARNESS_WORKFLOW_ID } from './additional-data';
import type { CredentialDataByType, HarnessCredentialsHelper } from './credentials-helper';
import { buildFakeRequest, FakeResponse } from './fake-http';
import type { FakeRequestInput } from './fake-http';
import { ensureN8nRuntime } from './n8n-runtime';
import type { AnyNodeType } from './node-types';
import { prepareCredentialsHelper } from './run-node';
import { buildHarnessWorkflow, HARNESS_WEBHOOK_ID } from './workflow';

export interface RunWebhookOptions {
	nodeType: AnyNodeType;
	parameters: INodeParameters;
	request: FakeRequestInput;
	credentialTypes?: ICredentialType[];
	credentials?: CredentialDataByType;
	credentialsHelper?: HarnessCredentialsHelper;
	typeVersion?: number;
	/** Which of the node's `description.webhooks` was hit; 'default' unless the node has several. */
	webhookName?: string;
	/** true = the editor's "listen for test event" URL (mode 'manual'); production otherwise. */
	isTest?: boolean;
}

export interface RunWebhookResult {
	workflowData?: INodeExecutionData[][];
	webhookResponse?: unknown;
	noWebhookResponse?: boolean;
	/** What the node itself wrote to the response (only when it answered on its own). */
	status?: number;
	sentBody?: unknown;
	sentHeaders: Record<string, string>;
}

/**
 * Calls the node's `webhook()` with n8n-core's real `WebhookContext`, the way the CLI's
 * WebhookService does, over an express-like request/response pair that records the answer.
 * The CLI's own answer (responseMode, "Workflow was started") is not reproduced: tests assert on
 * what the node returns and on what it sent itself.
 */
export async function runWebhook(options: RunWebhookOptions): Promise<RunWebhookResult> {
	await ensureN8nRuntime();
	const credentialsHelper = prepareCredentialsHelper(options);
	const { workflow, node } = buildHarnessWorkflow({
		nodeType: options.nodeType,
		parameters: options.parameters,
		typeVersion: options.typeVersion,
		credentialsHelper,
		withoutInput: true,
	});
	const nodeType = workflow.nodeTypes.getByNameAndVersion(node.type, node.typeVersion);
	if (!nodeType.webhook) throw new UserError(`Node type "${node.type}" has no webhook() method`);

	const wanted = options.webhookName ?? 'default';
	const description = nodeType.description.webhooks?.find((webhook) => webhook.name === wanted);
	if (!description) throw new UserError(`Node type "${node.type}" declares no webhook named "${wanted}"`);

	const mode = options.isTest ? 'manual' : 'webhook';
	const response = new FakeResponse();
	const additionalData = buildAdditionalData(credentialsHelper, {
		httpRequest: buildFakeRequest(options.request) as unknown as IWorkflowExecuteAdditionalData['httpRequest'],
		httpResponse: response as unknown as IWorkflowExecuteAdditionalData['httpResponse'],
	});
	// Method and path may be expressions over the node's parameters (e.g. a configurable path).
	const resolve = (value: unknown) =>
		workflow.expression.getSimpleParameterValue(node, value as string, mode, {}, undefined, undefined);
	const webhookData: IWebhookData = {
		httpMethod: resolve(description.httpMethod) as IHttpRequestMethods,
		node: node.name,
		path: String(resolve(description.path)),
		webhookDescription: description,
		workflowId: HARNESS_WORKFLOW_ID,
		workflowExecuteAdditionalData: additionalData,
		webhookId: HARNESS_WEBHOOK_ID,
		isTest: options.isTest,
	};

	const closeFunctions: CloseFunction[] = [];
	const context = new WebhookContext(workflow, node, additionalData, mode, webhookData, closeFunctions, null);
	const result = await workflow.expression.withIsolate(async () => await nodeType.webhook!.call(context));
	await Promise.allSettled(closeFunctions.map(async (close) => await close()));

	return {
		workflowData: result.workflowData,
		webhookResponse: result.webhookResponse as IDataObject | undefined,
		noWebhookResponse: result.noWebhookResponse,
		status: response.finished ? response.statusCode : undefined,
		sentBody: response.sentBody,
		sentHeaders: response.headers,
	};
}
