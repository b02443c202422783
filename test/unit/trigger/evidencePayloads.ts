// Test-only code: it never ships (package.json "files" is ["dist"]).
/**
 * Every callback payload the vendor shows with D (documented) or C (client code) provenance,
 * written out with the field names and value shapes the vendor gives, and the event each one must
 * be recognised as. Values are made up where the vendor elides them.
 */

export interface EvidencePayload {
	/** Where the shape comes from, for the test title. */
	source: string;
	event: string;
	payload: Record<string, unknown>;
}

const hex32 = (seed: string) => seed.repeat(32).slice(0, 32);

/** The vendor's example JSON of the chatbot session-end notification in workflows (D). */
const chatbotSessionEnd: Record<string, unknown> = {
	workflow_id: hex32('4cb9db206ac04'),
	workflow_name: '0970_0415_1',
	nodetask_id: hex32('a1'),
	nodetask_name: 'WABA Template1_232fe6',
	waba_task_id: hex32('b2'),
	wfdetail_uuid: hex32('c3'),
	timestamp: 1744699269,
	channel: 'WhatsApp',
	channel_id: '628100009070',
	callee: '+6281000089092',
	call_id: hex32('a3f5c12a'),
	robot_id: '4755',
	status: 'closed',
	session_start_time: '2025-04-15T06:41:00Z',
	session_end_time: '2025-04-15T06:41:09Z',
	session_end_reason: 'robot',
	intention: 'E',
	talk_round: 3,
	ner_slots: { test_echo: 'okhhhhh' },
	event_label: { EventLabel: '1' },
	variables: { date: '2025-05-01', name: 'tom' },
	messages: [
		{
			msg_id: 'm1',
			sender_type: 'system',
			timestamp: 1720160207,
			status: 'delivery',
			content: { type: 'system', system: { type: 'conversation.start', from_seat_id: '', to_seat_id: '' } },
		},
		{
			msg_id: 'm3',
			sender_type: 'user',
			timestamp: 1720159548,
			status: 'read',
			content: { type: 'button', text: 'no' },
			reply: { msg_id: 'm2', sender_type: 'chatbot', timestamp: 1720159500, content: { type: 'template' } },
		},
	],
};

/** The vendor's field list of the workflow list-completion notification (D). */
const workflowListCompletion: Record<string, unknown> = {
	workflow_id: hex32('d4'),
	workflow_name: 'collection_week_48',
	case_id: 'test-caseid11',
	callee_number: '+6281234567890',
	rows: [
		{ nodetask_id: hex32('e5'), nodetask_name: 'Call 1', node_type: 'call', task_id: hex32('f6') },
		{ nodetask_id: hex32('e6'), nodetask_name: 'WABA 1', node_type: 'waba' },
	],
};

/** The vendor's field list of the workflow status-change notification (D). */
const workflowStatusChange: Record<string, unknown> = {
	workflow_id: hex32('d4'),
	workflow_name: 'collection_week_48',
	status: 'finished',
	actions: [{ nodetask_id: hex32('e5'), nodetask_name: 'Call 1', node_type: 'call', task_id: hex32('f6'), task_status: 'finished' }],
};

/** The vendor's field list of the Custom API node push (D, third edition), with an extra member of `callee` passing through. */
const apiNodePush: Record<string, unknown> = {
	workflow_id: hex32('a7'),
	workflow_name: 'collection_week_49',
	node_id: 'node-api-1',
	node_name: 'Push to CRM',
	callee: {
		case_id: 'CASE-0042',
		callee_name: 'Budi',
		callee_gender: 'male',
		callee_number: '+6281234567890',
		platform_name: 'dana',
		extra_a: 'tier-2',
		extra_b: 'not in the stored page',
	},
};

/** The predictive dialer's `{type, body}` envelope as client code reads it (C). */
const dialerBody = {
	taskName: 'dana_collection_t0',
	taskId: 'task-778',
	callid: 'call-9001',
	phoneNumber: '+6281234567890',
	phoneTag: 'mobile',
	customerInfo: { name: 'Budi' },
	customizeResults: [{ title: 'PTP Amount', value: '150000' }, { title: 'PTP Date', value: '2026-12-01' }],
	calltime: '2026-11-30T02:18:00Z',
	hangupReason: 16,
	reclink: 'https://recordings.example/call-9001.wav',
};

export const evidencePayloads: EvidencePayload[] = [
	{ source: 'vendor example: Chatbot Session End Notification in Workflow (D)', event: 'workflow.chatbotSessionEnd', payload: chatbotSessionEnd },
	{ source: 'vendor field list: Notification for Workflow List Completion (D)', event: 'workflow.contactFinished', payload: workflowListCompletion },
	{ source: 'vendor field list: Notification of Workflow Status Change (D)', event: 'workflow.statusChanged', payload: workflowStatusChange },
	{ source: 'vendor field list: Custom API Node Data Push (D)', event: 'workflow.apiNodePush', payload: apiNodePush },
	{ source: 'client code: dialer TaskStatus (C)', event: 'dialer.taskStatus', payload: { type: 'TaskStatus', body: { ...dialerBody, state: 'Finished' } } },
	{ source: 'client code: dialer ContactStatus (C)', event: 'dialer.contactStatus', payload: { type: 'ContactStatus', body: { ...dialerBody, state: 'HANGUP' } } },
	{ source: 'client code: dialer AgentStatus (C)', event: 'dialer.agentStatus', payload: { type: 'AgentStatus', body: { State: 'TALKRESULT', callid: 'call-9001' } } },
];
