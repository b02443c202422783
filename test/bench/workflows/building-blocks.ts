// Dev tooling (benchmarks); never shipped in the n8n package.
// Nodes every bench workflow shares: the webhook that starts it and the credential reference.
import type { CredentialToImport, WorkflowToImport } from '../../../scripts/n8n-runtime';

export const ICALL_NODE = 'n8n-nodes-airudder.iCall';
export const ICALL_TRIGGER_NODE = 'n8n-nodes-airudder.iCallTrigger';

export interface CredentialRef {
	id: string;
	name: string;
}

export function iCallCredential(id: string, baseUrl: string): CredentialToImport {
	// An empty token: the first request of the first execution must log in.
	return {
		id,
		name: `iCall bench ${id}`,
		type: 'iCallApi',
		data: { appKey: 'demo-key', appSecret: 'demo-secret', baseUrl, token: '' },
	};
}

export function credentialRef(credential: CredentialToImport): CredentialRef {
	return { id: credential.id, name: credential.name };
}

export type Node = Record<string, unknown> & { name: string };

/**
 * A Webhook node that answers only when the last node has finished (with no data): the bench
 * knows the execution is over when the answer arrives, without polling.
 */
export function startWebhook(path: string): Node {
	return {
		id: `${path}-start`,
		name: 'Start',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		position: [0, 0],
		webhookId: `${path}-hook`,
		parameters: { httpMethod: 'POST', path, responseMode: 'lastNode', responseData: 'noData', options: {} },
	};
}

/** A Code node (n8n's task runner) that makes the input items; never the node being measured. */
export function codeNode(name: string, jsCode: string, x: number): Node {
	return {
		id: `${name.replace(/\W/g, '')}-code`,
		name,
		type: 'n8n-nodes-base.code',
		typeVersion: 2,
		position: [x, 0],
		parameters: { mode: 'runOnceForAllItems', language: 'javaScript', jsCode },
	};
}

/** Nodes in a straight line, each feeding the next. */
export function chainWorkflow(id: string, name: string, nodes: Node[]): WorkflowToImport {
	const connections: Record<string, unknown> = {};
	for (let index = 0; index < nodes.length - 1; index++) {
		connections[nodes[index].name] = { main: [[{ node: nodes[index + 1].name, type: 'main', index: 0 }]] };
	}
	return { id, name, nodes, connections, settings: { executionOrder: 'v1' } };
}
