// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { apiNodePushCallee, apiNodePushPayload, callStatuses, chatbotSessionEndPayload, contactFinishedPayload, nodetaskRow, statusChangedPayload, wabaMessageRow, wabaTaskRow, workflowCallRow, workflowNodeTypes, workflowRow, workflowTaskRow } from '../contract';
import type { SandboxCall, SandboxTask } from './model';
import { formatClassicTime } from './times';
import type { WabaMessage, WabaTask, WorkflowContact, WorkflowInstance, WorkflowNodetask } from './workflowModel';

const unixSeconds = (ms: number) => Math.floor(ms / 1000);

/** Builds workflow rows and webhook payloads from state; every key comes from the contract. */
export class WorkflowRowBuilder {
	constructor(
		private readonly recordingUrl: (call: SandboxCall) => string,
		private readonly formatTime: (ms: number) => string,
	) {}

	instance(instance: WorkflowInstance): Record<string, unknown> {
		return {
			[workflowRow.workflowId]: instance.workflowId,
			[workflowRow.workflowName]: instance.workflowName ?? instance.name,
			[workflowRow.status]: instance.status,
			[workflowRow.templateId]: instance.template.id,
			[workflowRow.templateName]: instance.template.name,
			[workflowRow.endTime]: this.formatTime(instance.endsAt),
			[workflowRow.createTime]: this.formatTime(instance.createdAt),
			[workflowRow.contacts]: instance.contacts.length,
		};
	}

	/** One row per node task and outbound/WABA task (a node without a task yet has one row, task_id empty). */
	nodetasks(instance: WorkflowInstance, taskStatus: (taskId: string) => string): Array<Record<string, unknown>> {
		return instance.nodetasks.flatMap((nodetask) =>
			(nodetask.taskIds.length > 0 ? nodetask.taskIds : ['']).map((taskId) => ({
				...this.nodetask(nodetask, taskId),
				[nodetaskRow.taskStatus]: taskId ? taskStatus(taskId) : '',
			})),
		);
	}

	nodetask(nodetask: WorkflowNodetask, taskId: string): Record<string, unknown> {
		return {
			[nodetaskRow.nodetaskId]: nodetask.nodetaskId,
			[nodetaskRow.nodetaskName]: nodetask.node.name,
			[nodetaskRow.nodeType]: workflowNodeTypes[nodetask.node.kind],
			[nodetaskRow.taskId]: taskId,
		};
	}

	call(instance: WorkflowInstance, nodetask: WorkflowNodetask, call: SandboxCall, infoCheck: boolean): Record<string, unknown> {
		const row: Record<string, unknown> = {
			[workflowCallRow.workflowId]: instance.workflowId,
			[workflowCallRow.nodetaskId]: nodetask.nodetaskId,
			[workflowCallRow.callId]: call.callId,
			[workflowCallRow.callee]: call.callee,
			[workflowCallRow.workflowName]: instance.workflowName ?? instance.name,
			[workflowCallRow.nodetaskName]: nodetask.node.name,
			[workflowCallRow.caseId]: call.caseId ?? '',
			[workflowCallRow.taskId]: call.taskId,
			[workflowCallRow.callStatus]: call.status ?? '',
			[workflowCallRow.duration]: call.talkSeconds,
			[workflowCallRow.startTime]: call.startedAt === undefined ? '' : formatClassicTime(call.startedAt),
			[workflowCallRow.endTime]: call.endedAt === undefined ? '' : formatClassicTime(call.endedAt),
			[workflowCallRow.intention]: call.intention,
			[workflowCallRow.recordingUrl]: call.hasRecording ? this.recordingUrl(call) : '',
			[workflowCallRow.variables]: call.variables ?? {},
		};
		if (infoCheck) {
			row[workflowCallRow.infoCheckResult] = { identity_confirmed: call.status === callStatuses.answered, answer: call.intention };
		}
		return row;
	}

	task(nodetask: WorkflowNodetask, task: SandboxTask): Record<string, unknown> {
		const ended = task.calls.filter((call) => call.phase === 'ended');
		return {
			[workflowTaskRow.taskId]: task.taskId,
			[workflowTaskRow.nodetaskId]: nodetask.nodetaskId,
			[workflowTaskRow.nodetaskName]: nodetask.node.name,
			[workflowTaskRow.taskStatus]: task.status,
			[workflowTaskRow.total]: task.calls.length,
			[workflowTaskRow.called]: ended.filter((call) => call.status !== callStatuses.canceled).length,
			[workflowTaskRow.answered]: ended.filter((call) => call.status === callStatuses.answered).length,
		};
	}

	wabaTask(task: WabaTask, status: string): Record<string, unknown> {
		return {
			[wabaTaskRow.wabaTaskId]: task.wabaTaskId,
			[wabaTaskRow.nodetaskId]: task.nodetask.nodetaskId,
			[wabaTaskRow.nodetaskName]: task.nodetask.node.name,
			[wabaTaskRow.status]: status,
			[wabaTaskRow.total]: task.messages.length,
		};
	}

	message(task: WabaTask, message: WabaMessage): Record<string, unknown> {
		return {
			[wabaMessageRow.wabaTaskId]: task.wabaTaskId,
			[wabaMessageRow.msgId]: message.msgId,
			[wabaMessageRow.status]: message.status,
			[wabaMessageRow.workflowId]: task.workflowId,
			[wabaMessageRow.callee]: message.contact.callee,
			[wabaMessageRow.caseId]: message.contact.caseId ?? '',
			[wabaMessageRow.timestamp]: unixSeconds(message.timestamp),
		};
	}

	contactFinished(instance: WorkflowInstance, contact: WorkflowContact): Record<string, unknown> {
		return {
			[contactFinishedPayload.workflowId]: instance.workflowId,
			[contactFinishedPayload.calleeNumber]: contact.callee,
			[contactFinishedPayload.rows]: contact.visited.map(({ nodetask, taskId }) => this.nodetask(nodetask, taskId)),
			[contactFinishedPayload.workflowName]: instance.workflowName ?? instance.name,
			[contactFinishedPayload.caseId]: contact.caseId ?? '',
		};
	}

	statusChanged(instance: WorkflowInstance, taskStatus: (taskId: string) => string): Record<string, unknown> {
		return {
			[statusChangedPayload.workflowId]: instance.workflowId,
			[statusChangedPayload.status]: instance.status,
			[statusChangedPayload.actions]: this.nodetasks(instance, taskStatus),
			[statusChangedPayload.workflowName]: instance.workflowName ?? instance.name,
		};
	}

	/**
	 * The other documented members of `callee` (name, gender, platform, extra_a) come from the
	 * contact's variables of the same names, else empty; its other variables follow them.
	 */
	apiNodePush(instance: WorkflowInstance, nodetask: WorkflowNodetask, contact: WorkflowContact): Record<string, unknown> {
		const p = apiNodePushPayload;
		const documented = Object.fromEntries(apiNodePushCallee.map((member) => [member, contact.variables[member] ?? '']));
		return {
			[p.workflowId]: instance.workflowId,
			[p.workflowName]: instance.workflowName ?? instance.name,
			[p.nodeId]: nodetask.node.id,
			[p.nodeName]: nodetask.node.name,
			[p.callee]: { ...documented, ...contact.variables, [p.calleeCaseId]: contact.caseId ?? '', [p.calleeNumber]: contact.callee },
		};
	}

	sessionEnd(instance: WorkflowInstance, task: WabaTask, message: WabaMessage, startedAt: number, endedAt: number): Record<string, unknown> {
		const p = chatbotSessionEndPayload;
		return {
			[p.wabaTaskId]: task.wabaTaskId,
			[p.reason]: 'robot',
			[p.workflowId]: instance.workflowId,
			[p.workflowName]: instance.workflowName ?? instance.name,
			[p.nodetaskId]: task.nodetask.nodetaskId,
			[p.nodetaskName]: task.nodetask.node.name,
			[p.contactUuid]: message.contact.uuid,
			[p.timestamp]: unixSeconds(endedAt),
			[p.channel]: 'WhatsApp',
			[p.channelId]: '6280000000001',
			[p.callee]: message.contact.callee,
			[p.callId]: message.msgId,
			[p.robotId]: 'chatbot-01',
			[p.status]: 'closed',
			[p.sessionStart]: new Date(startedAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
			[p.sessionEnd]: new Date(endedAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
			[p.intention]: 'E',
			[p.talkRound]: 1,
			[p.nerSlots]: {},
			[p.eventLabel]: {},
			[p.variables]: message.contact.variables,
			[p.messages]: [],
		};
	}
}
