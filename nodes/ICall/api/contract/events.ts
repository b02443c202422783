import { callRow } from './calling';
import type { EventRule, WebhookEvent } from './types';

const callRowFields = Object.values(callRow);

/**
 * The predictive dialer's callback envelope (C): the kind of change in `type`, the data in `body`.
 * Body keys seen: taskName, taskId, callid, phoneNumber, phoneTag, customerInfo, customizeResults,
 * calltime, hangupReason (0-20), reclink, and `state` (`State` for agents). The trigger passes the
 * envelope through whole.
 */
export const dialerEnvelope = { type: 'type', body: 'body' } as const;
const dialerEvents = [
	['task', 'TaskStatus', 'Task Status Changes'],
	['contact', 'ContactStatus', 'Contacts Status Changes'],
	['agent', 'AgentStatus', 'Agents Status Changes'],
] as const;
/**
 * The members of the Custom API node push's `callee` object (D; that they sit inside `callee` is
 * read from the page's order, its indentation being lost). More `extra_*` members may follow;
 * unknown members pass through.
 */
export const apiNodePushCallee = ['case_id', 'callee_name', 'callee_gender', 'callee_number', 'platform_name', 'extra_a'] as const;
const workflowCallFields = [
	'workflow_id', 'nodetask_id', 'call_id', 'callee', 'workflow_name', 'nodetask_name', 'case_id',
	'task_id', 'call_status', 'duration', 'start_time', 'end_time', 'intention', 'recording_url', 'variables',
];

/** The webhook catalog: one trigger URL receives all of them. */
export const webhookEvents: WebhookEvent[] = [
	{ id: 'task.finished', family: 'calling', title: 'Webhook of Task', tag: 'M',
		rule: { present: ['TaskID', 'TaskStatus'], absent: ['Callee'] },
		payload: ['TaskID', 'TaskStatus', 'TaskName', 'TotalCount', 'CalledCount', 'AnsweredCount'] },
	{ id: 'call.finished', family: 'calling', title: 'Webhook of Call', tag: 'M',
		rule: { present: ['TaskID', 'Callee', 'CallID'] }, payload: callRowFields },
	{ id: 'plan.finished', family: 'calling', title: 'Webhook of Plan', tag: 'M',
		rule: { present: ['PlanID', 'PlanStatus'] }, payload: ['PlanID', 'PlanStatus', 'PlanName'] },
	{ id: 'workflow.callFinished', family: 'workflow',
		title: 'Notification of Call Completion in Workflow (Collection/Marketing/E-commerce)',
		tag: 'D (trigger rule, extra fields) / M (rest)',
		rule: { present: ['workflow_id', 'nodetask_id', 'call_id', 'callee'] }, payload: workflowCallFields },
	{ id: 'workflow.callFinishedInfoCheck', family: 'workflow',
		title: 'Notification of Call Completion in Workflow (Info Check)', tag: 'M',
		rule: { present: ['workflow_id', 'nodetask_id', 'call_id', 'callee', 'infocheck_result'] },
		payload: [...workflowCallFields, 'infocheck_result'] },
	{ id: 'workflow.contactFinished', family: 'workflow', title: 'Notification for Workflow List Completion', tag: 'D',
		rule: { present: ['workflow_id', 'callee_number', 'rows'] },
		payload: ['workflow_id', 'callee_number', 'rows', 'workflow_name', 'case_id'] },
	{ id: 'workflow.statusChanged', family: 'workflow', title: 'Notification of Workflow Status Change', tag: 'D',
		rule: { present: ['workflow_id', 'status', 'actions'] }, payload: ['workflow_id', 'status', 'actions', 'workflow_name'] },
	{ id: 'workflow.apiNodePush', family: 'workflow', title: 'Custom API Node Data Push', tag: 'D',
		rule: { present: ['workflow_id', 'node_id', 'callee'], objects: ['callee'] },
		payload: ['workflow_id', 'workflow_name', 'node_id', 'node_name', 'callee'] },
	{ id: 'workflow.wabaMessageStatus', family: 'workflow',
		title: 'Notification of WABA Message Status Alteration in Workflow', tag: 'M (status values partly D)',
		rule: { present: ['waba_task_id', 'msg_id', 'status'] },
		payload: ['waba_task_id', 'msg_id', 'status', 'workflow_id', 'callee', 'timestamp'] },
	{ id: 'workflow.chatbotSessionEnd', family: 'workflow', title: 'Chatbot Session End Notification in Workflow', tag: 'D',
		rule: { present: ['waba_task_id', 'session_end_reason'] },
		payload: ['waba_task_id', 'session_end_reason', 'workflow_id', 'workflow_name', 'nodetask_id', 'nodetask_name', 'wfdetail_uuid', 'timestamp', 'channel', 'channel_id',
			'callee', 'call_id', 'robot_id', 'status', 'session_start_time', 'session_end_time', 'intention', 'talk_round',
			'ner_slots', 'event_label', 'variables', 'messages'] },
	// Predictive dialer (C, from public client code): `{"type": ..., "body": {...}}`, one `type` per page of the vendor's
	// "Webhooks of the Info of Predictive Dialer System" (Task / Contacts / Agents status changes).
	...dialerEvents.map(([kind, type, page]): WebhookEvent => ({
		id: `dialer.${kind}Status`, family: 'dialer', title: `Webhooks of the Info of Predictive Dialer System: ${page}`, tag: 'C',
		rule: { present: [dialerEnvelope.type, dialerEnvelope.body], equals: { [dialerEnvelope.type]: type }, objects: [dialerEnvelope.body] },
		payload: [dialerEnvelope.type, dialerEnvelope.body] })),
	{ id: 'chatbot.templateResult', family: 'chatbot', title: 'Callback template message sending result', tag: 'M',
		rule: { present: ['batch_id', 'results'] }, payload: ['batch_id', 'results'] },
	{ id: 'chatbot.templateReply', family: 'chatbot', title: 'Callback single template message user response', tag: 'M',
		rule: { present: ['msg_id', 'reply', 'callee'], absent: ['workflow_id'] }, payload: ['msg_id', 'reply', 'callee'] },
	...agentPhaseTwins({ id: 'chatbot.agentTransferRequest', family: 'chatbot', title: 'Callback agent transfer request', tag: 'M',
		rule: { present: ['conversation_id', 'transfer_reason'] }, payload: ['conversation_id', 'transfer_reason'] }),
	...agentPhaseTwins({ id: 'chatbot.userMessage', family: 'chatbot', title: 'Callback message sent by user', tag: 'M',
		rule: { present: ['conversation_id', 'msg_id', 'sender_type'], equals: { sender_type: 'user' } },
		payload: ['conversation_id', 'msg_id', 'sender_type', 'type', 'text', 'timestamp'] }),
	...agentPhaseTwins({ id: 'chatbot.messageStatus', family: 'chatbot', title: 'Callback status change after the message is sent', tag: 'M',
		rule: { present: ['conversation_id', 'msg_id', 'status'] }, payload: ['conversation_id', 'msg_id', 'status', 'timestamp'] }),
	{ id: 'chatbot.sessionEnd', family: 'chatbot', title: 'Callback for session end event', tag: 'M',
		rule: { present: ['conversation_id', 'session_end_reason'], absent: ['waba_task_id'] },
		payload: ['conversation_id', 'session_end_reason'] },
	{ id: 'inbound.call', family: 'inbound', title: 'Inbound Callback', tag: 'M',
		rule: { present: ['call_direction'], equals: { call_direction: 'inbound' } }, payload: ['call_direction'] },
];

/** The agent-phase variant of a chatbot callback carries `phase: "agent"` (M). */
function agentPhaseTwins(event: WebhookEvent): WebhookEvent[] {
	const twin: WebhookEvent = {
		...event,
		id: `${event.id}.agentPhase`,
		title: `${event.title} (agent phase)`,
		rule: { ...event.rule, present: [...event.rule.present, 'phase'], equals: { ...event.rule.equals, phase: 'agent' } },
		payload: [...event.payload, 'phase'],
	};
	return [event, twin];
}

export const UNKNOWN_EVENT = 'unknown';

/** More conditions make a rule more specific (the second tie-break of recognition, see below). */
export function ruleSpecificity(rule: EventRule): number {
	return rule.present.length + (rule.absent?.length ?? 0) + Object.keys(rule.equals ?? {}).length + (rule.objects?.length ?? 0);
}

/**
 * How many of a payload's top-level keys the event's documented payload accounts for. Recognition
 * picks, among the events whose rule matches, the one that explains the payload best: a rule says
 * what an event must carry, but shared ids (workflow_id, call_id, callee) say little, and the
 * payload as a whole says which callback it is. Ties go to the more specific rule, then to the
 * event listed first.
 */
export function payloadFit(event: WebhookEvent, keys: readonly string[]): number {
	const documented = new Set(event.payload);
	return keys.filter((key) => documented.has(key)).length;
}
