// Test-only code: it never ships (package.json "files" is ["dist"]), so Node globals and fs are fine here.
import { establishExecutionContext, isEngineRequest, WorkflowExecute } from 'n8n-core';
import type {
	ICredentialType,
	IExecuteData,
	INodeExecutionData,
	INodeParameters,
	NodeExecutionHint,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { createRunExecutionData, UnexpectedError } from 'n8n-workflow';

import { buildAdditionalData } from './additional-data';
import type { CredentialDataByType } from './credentials-helper';
import { HarnessCredentialsHelper } from './credentials-helper';
import type { BinaryDataMode } from './n8n-runtime';
import { ensureN8nRuntime } from './n8n-runtime';
import type { AnyNodeType } from './node-types';
import { buildHarnessWorkflow, HARNESS_INPUT_NODE_NAME } from './workflow';

export interface RunNodeOptions {
	nodeType: AnyNodeType;
	/** Credential type classes (instances) the node may use. */
	credentialTypes?: ICredentialType[];
	/** Stored credential data by credential type name, as a user would have saved it. */
	credentials?: CredentialDataByType;
	/**
	 * Reuse one store across runs, e.g. to show a token survives between executions. Entries in
	 * `credentials` are written into it first; `credentialTypes` is then ignored.
	 */
	credentialsHelper?: HarnessCredentialsHelper;
	parameters: INodeParameters;
	/** What the previous node outputs; one empty item by default, like a manual trigger. */
	items?: INodeExecutionData[];
	continueOnFail?: boolean;
	typeVersion?: number;
	/** 'manual' is a click on "Execute workflow"; 'trigger' or 'webhook' is a production run. */
	mode?: WorkflowExecuteMode;
	binaryDataMode?: BinaryDataMode;
}

export interface RunNodeResult {
	/** One array of items per output of the node. */
	output: INodeExecutionData[][];
	hints: NodeExecutionHint[];
	credentialsHelper: HarnessCredentialsHelper;
}

/** Builds the store for a run, or tops up the one a test passed in. */
export function prepareCredentialsHelper(options: {
	credentialTypes?: ICredentialType[];
	credentials?: CredentialDataByType;
	credentialsHelper?: HarnessCredentialsHelper;
}): HarnessCredentialsHelper {
	if (!options.credentialsHelper) {
		return new HarnessCredentialsHelper(options.credentialTypes ?? [], options.credentials ?? {});
	}
	for (const [typeName, data] of Object.entries(options.credentials ?? {})) {
		options.credentialsHelper.setStoredData(typeName, data);
	}
	return options.credentialsHelper;
}

/**
 * Runs the node's `execute()` the way n8n does for every node of a workflow: through
 * `WorkflowExecute.runNode`, which builds n8n-core's `ExecuteContext` (real helpers, real
 * parameter resolution, real credentials flow) and runs the node's close functions.
 *
 * What the surrounding execution loop adds on top is deliberately left out so tests see the node's
 * own behaviour: it would auto-fill missing `pairedItem`s and, with "continue on fail", turn a
 * thrown error into pass-through items. Here a thrown error reaches the test as the original
 * `NodeApiError`/`NodeOperationError` instance.
 */
export async function runNode(options: RunNodeOptions): Promise<RunNodeResult> {
	await ensureN8nRuntime(options.binaryDataMode);
	const mode = options.mode ?? 'manual';
	const credentialsHelper = prepareCredentialsHelper(options);
	const { workflow, node } = buildHarnessWorkflow({
		nodeType: options.nodeType,
		parameters: options.parameters,
		typeVersion: options.typeVersion,
		continueOnFail: options.continueOnFail,
		credentialsHelper,
	});

	const items = options.items ?? [{ json: {} }];
	const executeData: IExecuteData = {
		node,
		data: { main: [items] },
		source: { main: [{ previousNode: HARNESS_INPUT_NODE_NAME, previousNodeOutput: 0, previousNodeRun: 0 }] },
	};
	const runExecutionData = createRunExecutionData({
		resultData: {
			runData: {
				[HARNESS_INPUT_NODE_NAME]: [
					{ startTime: Date.now(), executionIndex: 0, executionTime: 0, source: [], data: { main: [items] } },
				],
			},
			lastNodeExecuted: HARNESS_INPUT_NODE_NAME,
		},
		executionData: { nodeExecutionStack: [executeData] },
	});

	const additionalData = buildAdditionalData(credentialsHelper);
	await establishExecutionContext(workflow, runExecutionData, additionalData, mode);
	const engine = new WorkflowExecute(additionalData, mode, runExecutionData);

	const response = await workflow.expression.withIsolate(
		async () => await engine.runNode(workflow, executeData, runExecutionData, 0, additionalData, mode),
	);
	if (isEngineRequest(response)) {
		throw new UnexpectedError('The node asked the engine to run sub-nodes; the harness does not support that');
	}
	return {
		output: response.data ?? [],
		hints: response.hints ?? [],
		credentialsHelper,
	};
}
