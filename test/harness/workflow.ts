// Test-only code: it never ships (package.json "files" is ["dist"]), so Node globals and fs are fine here.
import type { INode, INodeCredentials, INodeParameters } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { HARNESS_WORKFLOW_ID } from './additional-data';
import type { HarnessCredentialsHelper } from './credentials-helper';
import { credentialReference } from './credentials-helper';
import type { AnyNodeType } from './node-types';
import { HARNESS_INPUT_NODE_TYPE, HarnessNodeTypes, latestVersion, nodeTypeName } from './node-types';

export const HARNESS_INPUT_NODE_NAME = 'Harness Input';
export const NODE_UNDER_TEST_NAME = 'Node Under Test';
export const HARNESS_WEBHOOK_ID = 'harness-webhook-id';

export interface HarnessWorkflowOptions {
	nodeType: AnyNodeType;
	parameters: INodeParameters;
	typeVersion?: number;
	continueOnFail?: boolean;
	credentialsHelper: HarnessCredentialsHelper;
	/** Leave out the input node, e.g. for triggers, which start a workflow. */
	withoutInput?: boolean;
}

/**
 * A two-node workflow "Harness Input -> Node Under Test". The `Workflow` constructor fills in
 * parameter defaults from the node description, exactly as when n8n loads a saved workflow.
 */
export function buildHarnessWorkflow(options: HarnessWorkflowOptions): { workflow: Workflow; node: INode } {
	const nodeTypes = new HarnessNodeTypes([options.nodeType]);
	const type = nodeTypeName(options.nodeType);
	const typeVersion = options.typeVersion ?? latestVersion(options.nodeType);
	const description = nodeTypes.getByNameAndVersion(type, typeVersion).description;

	// Reference every credential the node declares that the store holds, like a configured node.
	const credentials: INodeCredentials = {};
	for (const { name } of description.credentials ?? []) {
		if (options.credentialsHelper.hasStored(name)) credentials[name] = credentialReference(name);
	}

	const node: INode = {
		id: 'harness-node-under-test',
		name: NODE_UNDER_TEST_NAME,
		type,
		typeVersion,
		position: [200, 0],
		parameters: structuredClone(options.parameters),
		credentials,
		// The editor gives every webhook node a UUID at creation; production URLs are built from it.
		...(description.webhooks?.length ? { webhookId: HARNESS_WEBHOOK_ID } : {}),
		// The editor writes "On Error: Continue" as onError; continueOnFail() reads that first.
		...(options.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
	};
	const inputNode: INode = {
		id: 'harness-input',
		name: HARNESS_INPUT_NODE_NAME,
		type: nodeTypeName(HARNESS_INPUT_NODE_TYPE),
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};

	const workflow = new Workflow({
		id: HARNESS_WORKFLOW_ID,
		name: 'Harness workflow',
		nodes: options.withoutInput ? [node] : [inputNode, node],
		connections: options.withoutInput
			? {}
			: { [HARNESS_INPUT_NODE_NAME]: { main: [[{ node: NODE_UNDER_TEST_NAME, type: 'main', index: 0 }]] } },
		active: false,
		nodeTypes,
		settings: { executionOrder: 'v1' },
	});
	// The constructor replaced the parameters with a defaults-filled copy; hand that node back.
	return { workflow, node: workflow.getNode(NODE_UNDER_TEST_NAME)! };
}
