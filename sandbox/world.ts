// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { catalogEvent, CallbackDispatcher, payloadFor } from './callbacks/dispatcher';
import { VirtualClock } from './clock';
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

const callFinished = catalogEvent('call.finished');
const taskFinished = catalogEvent('task.finished');
const planFinished = catalogEvent('plan.finished');

export interface AssembledWorld extends SandboxWorld {
	random: SeededRandom;
	callbacks: CallbackDispatcher;
}

/**
 * Wires the simulation: tasks dial on the clock; an ended call or task posts its webhook; an ended
 * task moves its plan on; an ended plan posts its webhook.
 */
export function assembleWorld(options: ResolvedSandboxOptions, log: RequestLog, baseUrl: () => string): AssembledWorld {
	const random = new SeededRandom(options.seed);
	const clock = new VirtualClock(options.epochMs, options.speed);
	const callbacks = new CallbackDispatcher(clock, log, options.callbacks);
	const recordings = new RecordingLibrary(baseUrl, options.recordings);
	const rows = new RowBuilder((call) => recordings.callUrl(call));
	const tasks = new TaskStore(
		clock,
		random,
		{ callsPerSecond: options.callsPerSecond, outcomes: options.outcomes },
		{
			callEnded: (_task, call) => callbacks.emit(callFinished, payloadFor(callFinished, rows.call(call))),
			taskEnded: (task) => {
				callbacks.emit(taskFinished, payloadFor(taskFinished, rows.task(task)));
				plans.onTaskEnded(task); // declared below; tasks only end once the clock runs
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
	return { clock, tasks, plans, rows, recordings, random, callbacks, chatbot };
}
