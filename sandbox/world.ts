// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { catalogEvent, CallbackDispatcher, payloadFor } from './callbacks/dispatcher';
import { VirtualClock } from './clock';
import { driftedCallback } from './drift';
import type { SandboxWorld } from './handlers/types';
import { RecordingLibrary } from './media/recordings';
import { UploadStore } from './media/uploads';
import type { ResolvedSandboxOptions } from './options';
import { SeededRandom } from './random';
import type { RequestLog } from './request-log';
import { chatbotCallbacks } from './state/chatbotCallbacks';
import { ConversationStore } from './state/chatbot';
import { PlanStore } from './state/plans';
import { RowBuilder } from './state/rows';
import { TaskStore } from './state/tasks';
import { TemplateSends } from './state/templateSends';
import { formatClassicTime } from './state/times';
import { WabaStore } from './state/wabaTasks';
import { WorkflowRowBuilder } from './state/workflowRows';
import { WorkflowStore } from './state/workflows';

const callFinished = catalogEvent('call.finished');
const taskFinished = catalogEvent('task.finished');
const planFinished = catalogEvent('plan.finished');
const workflowEvent = {
	callFinished: catalogEvent('workflow.callFinished'),
	callFinishedInfoCheck: catalogEvent('workflow.callFinishedInfoCheck'),
	contactFinished: catalogEvent('workflow.contactFinished'),
	statusChanged: catalogEvent('workflow.statusChanged'),
	apiNodePush: catalogEvent('workflow.apiNodePush'),
	wabaMessageStatus: catalogEvent('workflow.wabaMessageStatus'),
	chatbotSessionEnd: catalogEvent('workflow.chatbotSessionEnd'),
};

export interface AssembledWorld extends SandboxWorld {
	random: SeededRandom;
	callbacks: CallbackDispatcher;
}

/**
 * Wires the simulation: tasks dial on the clock; an ended call or task posts its webhook; an ended
 * task moves its plan on; an ended plan posts its webhook. A task that is a workflow node's
 * outbound task reports to its workflow instead, which posts the workflow webhooks.
 */
export function assembleWorld(options: ResolvedSandboxOptions, log: RequestLog, baseUrl: () => string): AssembledWorld {
	const random = new SeededRandom(options.seed);
	const clock = new VirtualClock(options.epochMs, options.speed);
	const callbacks = new CallbackDispatcher(clock, log, options.callbacks, options.drifted ? driftedCallback : undefined);
	const recordings = new RecordingLibrary(baseUrl, options.recordings);
	const rows = new RowBuilder((call) => recordings.callUrl(call));
	const tasks = new TaskStore(
		clock,
		random,
		{ callsPerSecond: options.callsPerSecond, outcomes: options.outcomes },
		{
			callEnded: (task, call) => {
				// declared below; tasks only end once the clock runs
				if (workflows.visitOf(task.taskId)) return workflows.onCallEnded(task, call);
				callbacks.emit(callFinished, payloadFor(callFinished, rows.call(call)));
			},
			taskEnded: (task) => {
				if (workflows.visitOf(task.taskId)) return workflows.onTaskEnded(task);
				callbacks.emit(taskFinished, payloadFor(taskFinished, rows.task(task)));
				plans.onTaskEnded(task);
			},
		},
	);
	const plans = new PlanStore(clock, random, tasks, (plan) => callbacks.emit(planFinished, payloadFor(planFinished, rows.plan(plan))));
	const emitChatbot = chatbotCallbacks((eventId, payload) => callbacks.emit(eventId, payload));
	const conversations = new ConversationStore(clock, random, emitChatbot.hooks);
	const chatbot = {
		conversations,
		templateSends: new TemplateSends(clock, random, conversations, emitChatbot.batchResolved),
		uploads: new UploadStore(baseUrl, random),
	};
	const workflowRows = new WorkflowRowBuilder((call) => recordings.callUrl(call), formatClassicTime);
	const taskStatus = (taskId: string) => tasks.get(taskId)?.status ?? waba.statusOf(taskId) ?? '';
	const waba = new WabaStore(clock, random, {
		messageStatus: (task, message) => callbacks.emit(workflowEvent.wabaMessageStatus, workflowRows.message(task, message)),
		sessionEnded: (task, message, startedAt) =>
			callbacks.emit(workflowEvent.chatbotSessionEnd, workflowRows.sessionEnd(workflows.require(task.workflowId), task, message, startedAt, clock.now())),
	});
	const workflows: WorkflowStore = new WorkflowStore(clock, random, tasks, waba, {
		callFinished: (instance, nodetask, _contact, call) => {
			const infoCheck = tasks.get(call.taskId)?.robot.business === 'infoCheck';
			const event = infoCheck ? workflowEvent.callFinishedInfoCheck : workflowEvent.callFinished;
			callbacks.emit(event, workflowRows.call(instance, nodetask, call, infoCheck));
		},
		contactFinished: (instance, contact) => callbacks.emit(workflowEvent.contactFinished, workflowRows.contactFinished(instance, contact)),
		statusChanged: (instance) => callbacks.emit(workflowEvent.statusChanged, workflowRows.statusChanged(instance, taskStatus)),
		// The push carries what verifyApiNodePush answers (CONTRACT.md), more than the recognition keys.
		apiNodePush: (instance, nodetask, contact) => callbacks.emit(workflowEvent.apiNodePush, workflowRows.apiNodePush(instance, nodetask, contact)),
	});
	return { clock, tasks, plans, rows, recordings, random, callbacks, workflows, waba, workflowRows, chatbot, rules: { uniqueTaskNames: options.uniqueTaskNames } };
}
