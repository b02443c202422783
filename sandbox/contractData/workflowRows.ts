// Dev only: the workflow family's rows and webhook payloads as the sandbox answers and posts them.
// D where the webhook pages list the fields (contact finished, status changed, chatbot session end),
// our model elsewhere. The rows the node's pickers read start from its names in
// api/contract/workflowRows.ts, so each wire name is written once.
import { polledWorkflowRow, polledWorkflowTaskRow } from '../../nodes/ICall/api/contract/polling';
import {
	nodetaskRow as namedNodetaskRow,
	wabaTaskRow as namedWabaTaskRow,
	workflowCallRow as namedCallRow,
	workflowTemplateRow as pickedTemplateRow,
} from '../../nodes/ICall/api/contract/workflowRows';

/** One workflow instance in workflow.getMany and the status webhook (M beyond id, name and status). */
export const workflowRow = {
	...polledWorkflowRow,
	templateId: 'workflow_template_id',
	templateName: 'workflow_template_name',
	endTime: 'end_time',
	contacts: 'total',
} as const;

/** One template of workflowTemplate.getMany (M). */
export const workflowTemplateRow = {
	...pickedTemplateRow,
	nodes: 'nodes',
	nodeName: 'node_name',
	nodeType: 'node_type',
} as const;

/** One node task (subtask) of a workflow: D from the contact-finished and status webhooks. */
export const nodetaskRow = {
	...namedNodetaskRow,
	nodetaskName: 'nodetask_name',
	nodeType: 'node_type',
	taskId: 'task_id',
	taskStatus: 'task_status',
} as const;

/** Node types of a template: the vendor's values are not documented (M). */
export const workflowNodeTypes = { call: 'outbound_call', waba: 'waba', api: 'custom_api' } as const;

/**
 * One call of a workflow's outbound task: the classic call row in snake_case plus the workflow
 * fields (D: workflow_id, workflow_name, nodetask_id, nodetask_name, case_id; rest M).
 */
export const workflowCallRow = {
	workflowId: 'workflow_id',
	workflowName: 'workflow_name',
	nodetaskId: 'nodetask_id',
	nodetaskName: 'nodetask_name',
	caseId: 'case_id',
	taskId: 'task_id',
	...namedCallRow,
	callee: 'callee',
	callStatus: 'call_status',
	duration: 'duration',
	startTime: 'start_time',
	endTime: 'end_time',
	intention: 'intention',
	recordingUrl: 'recording_url',
	variables: 'variables',
	infoCheckResult: 'infocheck_result',
} as const;

/** One outbound task of a workflow node (M). */
export const workflowTaskRow = {
	...polledWorkflowTaskRow,
	nodetaskId: 'nodetask_id',
	nodetaskName: 'nodetask_name',
	total: 'total',
	called: 'called',
	answered: 'answered',
} as const;

/** A WABA task of a workflow node and its message rows (M; statuses partly D). */
export const wabaTaskRow = {
	...namedWabaTaskRow,
	nodetaskId: 'nodetask_id',
	nodetaskName: 'nodetask_name',
	status: 'status',
	total: 'total',
} as const;

export const wabaMessageRow = {
	msgId: 'msg_id',
	wabaTaskId: 'waba_task_id',
	workflowId: 'workflow_id',
	callee: 'callee',
	caseId: 'case_id',
	status: 'status',
	timestamp: 'timestamp',
} as const;

/** WABA message statuses (D: delivery, read; M: sent, failed). */
export const wabaMessageStatuses = { sent: 'sent', delivered: 'delivery', read: 'read', failed: 'failed' } as const;

/** Contact-finished webhook (D): the contact's number is `callee_number` there, not `callee`. */
export const contactFinishedPayload = {
	workflowId: 'workflow_id',
	workflowName: 'workflow_name',
	caseId: 'case_id',
	calleeNumber: 'callee_number',
	rows: 'rows',
} as const;

/** Status-changed webhook (D). */
export const statusChangedPayload = {
	workflowId: 'workflow_id',
	workflowName: 'workflow_name',
	status: 'status',
	actions: 'actions',
} as const;

/**
 * Custom API node push (D, third edition), and what verifyApiNodePush answers (M beyond the
 * request's D fields): the contact is the object `callee`, its case id and number inside it.
 */
export const apiNodePushPayload = {
	workflowId: 'workflow_id',
	workflowName: 'workflow_name',
	nodeId: 'node_id',
	nodeName: 'node_name',
	callee: 'callee',
	calleeCaseId: 'case_id',
	calleeNumber: 'callee_number',
} as const;

/** Chatbot session end in a workflow (D). */
export const chatbotSessionEndPayload = {
	wabaTaskId: 'waba_task_id',
	reason: 'session_end_reason',
	workflowId: 'workflow_id',
	workflowName: 'workflow_name',
	nodetaskId: 'nodetask_id',
	nodetaskName: 'nodetask_name',
	contactUuid: 'wfdetail_uuid',
	timestamp: 'timestamp',
	channel: 'channel',
	channelId: 'channel_id',
	callee: 'callee',
	callId: 'call_id',
	robotId: 'robot_id',
	status: 'status',
	sessionStart: 'session_start_time',
	sessionEnd: 'session_end_time',
	intention: 'intention',
	talkRound: 'talk_round',
	nerSlots: 'ner_slots',
	eventLabel: 'event_label',
	variables: 'variables',
	messages: 'messages',
} as const;
