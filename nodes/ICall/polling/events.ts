import { webhookEvents } from '../api/contract/events';

/**
 * The events the polling trigger emits. Their ids are those of AIRudder iCall Trigger, so a
 * workflow can swap one trigger for the other; a plan round has no callback, so its id is new.
 */
export const pollEventIds = {
	callFinished: 'call.finished',
	taskFinished: 'task.finished',
	planFinished: 'plan.finished',
	planRoundFinished: 'plan.roundFinished',
	workflowStatusChanged: 'workflow.statusChanged',
	workflowCallFinished: 'workflow.callFinished',
} as const;

export type PollEventId = (typeof pollEventIds)[keyof typeof pollEventIds];

/** Which list each event is read from. */
export type PolledList = 'tasks' | 'plans' | 'workflows';

export interface PollEvent {
	id: PollEventId;
	name: string;
	list: PolledList;
	/** What is read to find it, for the editor and the README. */
	reads: string;
}

export const pollEvents: PollEvent[] = [
	{ id: pollEventIds.callFinished, name: 'Call Finished', list: 'tasks', reads: 'task list, then every page of each running task whose row count changed' },
	{ id: pollEventIds.taskFinished, name: 'Task Finished', list: 'tasks', reads: 'task list, then every page of a task that has just finished' },
	{ id: pollEventIds.planFinished, name: 'Plan Finished', list: 'plans', reads: 'plan list' },
	{ id: pollEventIds.planRoundFinished, name: 'Plan Round Finished', list: 'plans', reads: 'plan list, then the rounds of each running plan' },
	{ id: pollEventIds.workflowStatusChanged, name: 'Workflow Status Changed', list: 'workflows', reads: 'workflow list' },
	{ id: pollEventIds.workflowCallFinished, name: 'Workflow Call Finished', list: 'workflows', reads: 'workflow list, the outbound tasks of each running workflow, and every page of a task whose row count changed' },
];

/** The callback title of an event, where AIRudder sends one (the polling trigger's README rows cite it). */
export function callbackTitleOf(id: PollEventId): string | undefined {
	return webhookEvents.find((event) => event.id === id)?.title;
}
