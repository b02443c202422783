// Test-only code: it never ships (package.json "files" is ["dist"]).
import { matchesRule, recognizeEvent } from '../../../nodes/ICall/trigger/recognize';
import type { WebhookEvent } from '../../../sandbox/contract';
import { UNKNOWN_EVENT, webhookEvents } from '../../../sandbox/contract';
import { evidencePayloads } from './evidencePayloads';
import { samplePayload } from './samples';

describe('recognizeEvent', () => {
	it.each(webhookEvents.map((event) => [event.id, event] as const))('recognises %s from its contract payload', (id, event) => {
		expect(recognizeEvent(samplePayload(event))).toBe(id);
	});

	it.each(evidencePayloads.map((example) => [example.source, example] as const))(
		'recognises the evidence payload of %s as its event',
		(_source, example) => {
			expect(recognizeEvent(example.payload)).toBe(example.event);
		},
	);

	it('covers every D and C event of the catalog with an evidence payload, except those the vendor showed no payload for', () => {
		const withoutPayloadInEvidence = ['workflow.callFinished'];
		const documented = webhookEvents.filter((event) => /^[DC]\b/.test(event.tag)).map((event) => event.id);
		const covered = new Set(evidencePayloads.map((example) => example.event));
		expect(documented.filter((id) => !covered.has(id))).toEqual(withoutPayloadInEvidence);
	});

	it('takes a Custom API node push only with callee as an object (third edition), not the first edition\'s number', () => {
		const push = { workflow_id: 'w1', workflow_name: 'W', node_id: 'n1', node_name: 'Push' };
		expect(recognizeEvent({ ...push, callee: { case_id: 'c1', callee_number: '+6281' } })).toBe('workflow.apiNodePush');
		expect(recognizeEvent({ ...push, callee: '+6281', case_id: 'c1' })).toBe(UNKNOWN_EVENT);
	});

	it('recognises the dialer events by their type value, and nothing else as one', () => {
		expect(recognizeEvent({ type: 'AgentStatus', body: { State: 'CALLING' } })).toBe('dialer.agentStatus');
		expect(recognizeEvent({ type: 'SomethingElse', body: {} })).toBe(UNKNOWN_EVENT);
		expect(recognizeEvent({ event_type: 'agent_status' })).toBe(UNKNOWN_EVENT);
	});

	it('needs an object body for a dialer event (contract: "with an object body")', () => {
		expect(recognizeEvent({ type: 'TaskStatus', body: { taskId: 'T1', state: 'Finished' } })).toBe('dialer.taskStatus');
		for (const body of ['x', null, [], 3]) expect(recognizeEvent({ type: 'TaskStatus', body })).toBe(UNKNOWN_EVENT);
	});

	it('prefers the event whose documented payload explains the payload, over a rule with more keys', () => {
		const sessionEnd = evidencePayloads.find((example) => example.event === 'workflow.chatbotSessionEnd')!.payload;
		const callRule = webhookEvents.find((event) => event.id === 'workflow.callFinished')!.rule;
		expect(matchesRule(sessionEnd, callRule)).toBe(true);
		expect(recognizeEvent(sessionEnd)).toBe('workflow.chatbotSessionEnd');
	});

	it('prefers the more specific rule: an Info Check call over a plain workflow call', () => {
		const call = { workflow_id: 1, nodetask_id: 2, call_id: 'c', callee: '+6281' };
		expect(recognizeEvent(call)).toBe('workflow.callFinished');
		expect(recognizeEvent({ ...call, infocheck_result: {} })).toBe('workflow.callFinishedInfoCheck');
	});

	it('prefers the agent-phase variant when phase is "agent", the plain one otherwise', () => {
		const message = { conversation_id: 'cv', msg_id: 'm', status: 'read' };
		expect(recognizeEvent(message)).toBe('chatbot.messageStatus');
		expect(recognizeEvent({ ...message, phase: 'agent' })).toBe('chatbot.messageStatus.agentPhase');
		expect(recognizeEvent({ ...message, phase: 'bot' })).toBe('chatbot.messageStatus');
	});

	it('honours "absent" keys: a Callee turns a task notice into a call notice', () => {
		expect(recognizeEvent({ TaskID: 't', TaskStatus: 'done' })).toBe('task.finished');
		expect(recognizeEvent({ TaskID: 't', TaskStatus: 'done', Callee: '+1', CallID: 'c' })).toBe('call.finished');
		expect(recognizeEvent({ TaskID: 't', TaskStatus: 'done', Callee: '+1' })).toBe(UNKNOWN_EVENT);
	});

	it('breaks a tie between equally specific rules by catalog order', () => {
		const first: WebhookEvent = { id: 'first', family: 'calling', title: 'A', tag: 'M', rule: { present: ['a', 'b'] }, payload: [] };
		const second: WebhookEvent = { ...first, id: 'second', rule: { present: ['a', 'c'] } };
		expect(recognizeEvent({ a: 1, b: 2, c: 3 }, [first, second])).toBe('first');
		expect(recognizeEvent({ a: 1, b: 2, c: 3 }, [second, first])).toBe('second');
	});

	it('answers unknown for payloads that match nothing or are not objects', () => {
		for (const payload of [{}, { hello: 'world' }, [], 'text', null, 42]) {
			expect(recognizeEvent(payload)).toBe(UNKNOWN_EVENT);
		}
	});

	it('counts a key sent as null as present, and requires exact values for "equals"', () => {
		expect(matchesRule({ PlanID: null, PlanStatus: 'x' }, { present: ['PlanID', 'PlanStatus'] })).toBe(true);
		expect(matchesRule({ call_direction: 'INBOUND' }, { present: ['call_direction'], equals: { call_direction: 'inbound' } })).toBe(false);
	});
});
