// Test-only code: it never ships (package.json "files" is ["dist"]), so Node globals and fs are fine here.
import { ExternalSecretsProxy } from 'n8n-core';
import type { ICredentialsHelper, IWorkflowExecuteAdditionalData } from 'n8n-workflow';
import { UserError } from 'n8n-workflow';

export const HARNESS_EXECUTION_ID = 'harness-execution-1';
export const HARNESS_WORKFLOW_ID = 'harness-workflow-1';
const INSTANCE_URL = 'http://localhost:5678/';

function unsupported(feature: string): () => never {
	return () => {
		throw new UserError(`${feature} is not available in the test harness`);
	};
}

/**
 * The per-execution bag the CLI builds in `WorkflowExecuteAdditionalData.getBase()`.
 * The credentials helper is the part that matters; the URLs are what a default local n8n would
 * use, and the sub-workflow / task-runner entry points fail loudly instead of pretending.
 */
export function buildAdditionalData(
	credentialsHelper: ICredentialsHelper,
	extra: Partial<IWorkflowExecuteAdditionalData> = {},
): IWorkflowExecuteAdditionalData {
	return {
		credentialsHelper,
		executionId: HARNESS_EXECUTION_ID,
		workflowId: HARNESS_WORKFLOW_ID,
		currentNodeExecutionIndex: 0,
		restApiUrl: `${INSTANCE_URL}rest`,
		instanceBaseUrl: INSTANCE_URL,
		formBaseUrl: `${INSTANCE_URL}form`,
		formWaitingBaseUrl: `${INSTANCE_URL}form-waiting`,
		formTestBaseUrl: `${INSTANCE_URL}form-test`,
		webhookBaseUrl: `${INSTANCE_URL}webhook`,
		webhookWaitingBaseUrl: `${INSTANCE_URL}webhook-waiting`,
		webhookTestBaseUrl: `${INSTANCE_URL}webhook-test`,
		mcpBaseUrl: `${INSTANCE_URL}mcp`,
		mcpTestBaseUrl: `${INSTANCE_URL}mcp-test`,
		variables: {},
		externalSecretsProxy: new ExternalSecretsProxy(),
		logAiEvent: () => {},
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		executeWorkflow: unsupported('Executing a sub-workflow'),
		startRunnerTask: unsupported('The Code task runner'),
		...extra,
	};
}
