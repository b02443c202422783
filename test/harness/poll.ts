// Test-only code: it never ships (package.json "files" is ["dist"]).
/* eslint-disable @typescript-eslint/no-require-imports */
import { PollContext } from 'n8n-core';
import type { IDataObject, INodeExecutionData, INodeParameters, INodeProperties, INodeType, WorkflowExecuteMode } from 'n8n-workflow';
import { UserError } from 'n8n-workflow';

import { buildAdditionalData } from './additional-data';
import type { HarnessCredentialsHelper } from './credentials-helper';
import { ensureN8nRuntime } from './n8n-runtime';
import type { AnyNodeType } from './node-types';
import { buildHarnessWorkflow } from './workflow';

export interface PollingOptions {
	nodeType: AnyNodeType;
	parameters: INodeParameters;
	credentialsHelper: HarnessCredentialsHelper;
	/** The node's static data as n8n saved it (a restart passes what the last activation left). */
	staticData?: IDataObject;
	/** 'manual' is Fetch Test Event; 'trigger' a scheduled poll. */
	mode?: WorkflowExecuteMode;
}

export interface Polling {
	/** One poll, as n8n's poll executor runs it: null when the node found nothing. */
	poll(): Promise<INodeExecutionData[][] | null>;
	/** The node's static data now (what n8n would save). */
	staticData: IDataObject;
}

/**
 * One activation of a polling trigger: n8n-core's real PollContext (request helpers, credentials,
 * parameters), reused for every poll as n8n does, with the node's static data held here so that a
 * test can save it and start a new activation from it, as after a restart.
 */
export async function activatePolling(options: PollingOptions): Promise<Polling> {
	await ensureN8nRuntime();
	const { workflow, node } = buildHarnessWorkflow({
		nodeType: withPollTimes(options.nodeType as INodeType),
		parameters: options.parameters,
		credentialsHelper: options.credentialsHelper,
		withoutInput: true,
	});
	const nodeType = workflow.nodeTypes.getByNameAndVersion(node.type, node.typeVersion);
	if (!nodeType.poll) throw new UserError(`Node type "${node.type}" has no poll() method`);
	const staticData: IDataObject = structuredClone(options.staticData ?? {});
	const additionalData = buildAdditionalData(options.credentialsHelper);
	const mode = options.mode ?? 'trigger';
	const context = new PollContext(workflow, node, additionalData, mode, 'activate', undefined, undefined, undefined, undefined, () => staticData);
	return {
		staticData,
		poll: async () => await workflow.expression.withIsolate(async () => await nodeType.poll!.call(context)),
	};
}

/** n8n's node loader puts "Poll Times" in front of a polling node's own fields; so does the harness. */
function withPollTimes(nodeType: INodeType): INodeType {
	const { commonPollingParameters } = require('n8n-core/dist/nodes-loader/constants') as { commonPollingParameters: INodeProperties[] };
	const { description } = nodeType;
	if (!description.polling || description.properties.some((property) => property.name === 'pollTimes')) return nodeType;
	nodeType.description = { ...description, properties: [...commonPollingParameters, ...description.properties] };
	return nodeType;
}
