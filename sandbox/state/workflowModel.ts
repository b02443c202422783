// Dev tooling for the iCall sandbox: never ships in the n8n package.
import type { wabaMessageStatuses, workflowStatuses } from '../contract';
import type { WorkflowTemplate, WorkflowTemplateNode } from './workflowCatalog';

export type WorkflowStatus = (typeof workflowStatuses)[keyof typeof workflowStatuses];
export type WabaMessageStatus = (typeof wabaMessageStatuses)[keyof typeof wabaMessageStatuses];

/** One contact of a workflow; it walks the template's nodes in order. */
export interface WorkflowContact {
	/** wfdetail_uuid of the chatbot webhook. */
	uuid: string;
	callee: string;
	caseId?: string;
	variables: Record<string, unknown>;
	addedAt: number;
	/** Index of the node it is in (or waits for); nodes.length once finished. */
	node: number;
	/** Node tasks it went through, in order (the rows of the contact-finished webhook). */
	visited: Array<{ nodetask: WorkflowNodetask; taskId: string }>;
	answered: boolean;
	cancelled: boolean;
	finished: boolean;
}

/** One node of an instance: its outbound or WABA tasks, one per batch of contacts reaching it. */
export interface WorkflowNodetask {
	nodetaskId: string;
	node: WorkflowTemplateNode;
	/** Outbound call task ids (TaskStore) or WABA task ids, oldest first. */
	taskIds: string[];
}

export interface WabaMessage {
	msgId: string;
	contact: WorkflowContact;
	status: WabaMessageStatus;
	timestamp: number;
}

export interface WabaTask {
	wabaTaskId: string;
	workflowId: string;
	nodetask: WorkflowNodetask;
	messages: WabaMessage[];
	done: boolean;
}

export interface WorkflowInstance {
	workflowId: string;
	name: string;
	workflowName?: string;
	template: WorkflowTemplate;
	autoFinish?: number;
	/** Virtual ms at which the workflow ends by itself (end_time). */
	endsAt: number;
	createdAt: number;
	status: WorkflowStatus;
	contacts: WorkflowContact[];
	nodetasks: WorkflowNodetask[];
	/** Cancels whatever the clock holds for this instance (end time, WABA steps). */
	pending: Array<() => void>;
}
