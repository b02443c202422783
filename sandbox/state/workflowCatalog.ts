// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { workflowNodeTypes, workflowTemplateRow } from '../contract';

export type WorkflowNodeKind = keyof typeof workflowNodeTypes;

export interface WorkflowTemplateNode {
	/** The node's id inside the template (what verifyApiNodePush calls `node_id`). */
	id: string;
	name: string;
	kind: WorkflowNodeKind;
	/** Call nodes: the robot that dials. */
	robotId?: string;
	/** Call nodes: pass on only the contacts that did not answer (a follow-up round). */
	onlyUnanswered?: boolean;
}

export interface WorkflowTemplate {
	id: number;
	name: string;
	nodes: WorkflowTemplateNode[];
}

/**
 * Fixed templates, newest first (the vendor lists templates newest first). They cover the node kinds
 * the webhooks know: AI calls (collection and info check), a WhatsApp step and a custom API step.
 */
export const sandboxWorkflowTemplates: readonly WorkflowTemplate[] = [
	{
		id: 103,
		name: 'Info check: identity call',
		nodes: [{ id: 'node-ic-call', name: 'Identity call', kind: 'call', robotId: 'robot-infocheck-01' }],
	},
	{
		id: 102,
		name: 'Collection: call, WhatsApp, API push',
		nodes: [
			{ id: 'node-call-1', name: 'Reminder call', kind: 'call', robotId: 'robot-collection-01' },
			{ id: 'node-waba-1', name: 'WhatsApp reminder', kind: 'waba' },
			{ id: 'node-api-1', name: 'Push to CRM', kind: 'api' },
		],
	},
	{
		id: 101,
		name: 'Collection: two call attempts',
		nodes: [
			{ id: 'node-call-a', name: 'First call', kind: 'call', robotId: 'robot-collection-01' },
			{ id: 'node-call-b', name: 'Second call (unanswered only)', kind: 'call', robotId: 'robot-collection-01', onlyUnanswered: true },
		],
	},
];

export function templateRowOf(template: WorkflowTemplate): Record<string, unknown> {
	return {
		[workflowTemplateRow.templateId]: template.id,
		[workflowTemplateRow.templateName]: template.name,
		[workflowTemplateRow.nodes]: template.nodes.map((node) => ({
			[workflowTemplateRow.nodeId]: node.id,
			[workflowTemplateRow.nodeName]: node.name,
			[workflowTemplateRow.nodeType]: workflowNodeTypes[node.kind],
		})),
	};
}
