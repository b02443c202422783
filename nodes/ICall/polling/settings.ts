import type { INodeProperties, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { formatWorkflowTime, toInstant } from '../operations/time';
import { triggerHeading } from '../trigger/heading';
import { wallTimeOf } from './cursor';

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

/** Which tasks, plans and workflows the trigger watches. */
export type Scope = { kind: 'all' } | { kind: 'ids'; ids: Set<string> } | { kind: 'prefix'; prefix: string };

/** What a task.finished item holds: the task row, or one item per call of the task. */
export type TaskOutput = 'task' | 'calls';

export interface PollSettings {
	events: Set<PollEventId>;
	taskOutput: TaskOutput;
	scope: Scope;
	/** The wall time (API zone) to emit from, when the user set one. */
	since?: string;
	/** Everything that decides what is watched: a cursor built for other settings starts afresh. */
	fingerprint: string;
}

/** The API's wall clock (UTC+8) for an instant. */
export function apiWallTime(instant: number): string {
	return wallTimeOf(formatWorkflowTime(instant));
}

/** The node's settings, or an error naming the field: thrown at activation, so publishing fails with it. */
export function readPollSettings(ctx: IPollFunctions, now: number): PollSettings {
	const fail = (field: string, reason: string) => new NodeOperationError(ctx.getNode(), `Field "${field}": ${reason}`);
	const pollTimes = ctx.getNodeParameter('pollTimes', {}) as { item?: unknown[] };
	if (!pollTimes.item?.length) throw fail('Poll Times', 'add at least one poll time, or the trigger never polls');
	const known = new Set<string>(pollEvents.map((event) => event.id));
	const events = (ctx.getNodeParameter('events', []) as string[]).filter((event): event is PollEventId => known.has(event));
	if (events.length === 0) throw fail('Events', 'choose at least one event');
	const kind = ctx.getNodeParameter('scope', 'all') as Scope['kind'];
	let scope: Scope = { kind: 'all' };
	if (kind === 'ids') {
		const ids = (ctx.getNodeParameter('ids', '') as string).split(/[\s,;]+/).filter((id) => id !== '');
		if (ids.length === 0) throw fail('IDs', 'Watch is set to Given IDs, but no ID is given');
		scope = { kind, ids: new Set(ids) };
	} else if (kind === 'prefix') {
		const prefix = ctx.getNodeParameter('namePrefix', '') as string;
		if (prefix === '') throw fail('Name Prefix', 'Watch is set to Names Starting With, but the prefix is empty');
		scope = { kind, prefix };
	}
	const startValue = ctx.getNodeParameter('startTime', '') as unknown;
	let since: string | undefined;
	if (startValue !== '' && startValue !== null && startValue !== undefined) {
		const instant = toInstant(startValue, ctx.getTimezone());
		if (instant === undefined) throw fail('Emit Results Since', `"${String(startValue)}" is not a date and time`);
		if (instant > now) throw fail('Emit Results Since', 'the time is in the future; leave it empty to emit what ends from activation on');
		since = apiWallTime(instant);
	}
	const taskOutput = ctx.getNodeParameter('taskFinishedOutput', 'task') as TaskOutput;
	const scopeKey = scope.kind === 'ids' ? [...scope.ids].sort().join(',') : scope.kind === 'prefix' ? scope.prefix : '';
	const fingerprint = JSON.stringify([[...events].sort(), taskOutput, scope.kind, scopeKey, since ?? '']);
	return { events: new Set(events), taskOutput, scope, since, fingerprint };
}

export const pollProperties: INodeProperties[] = [
	...triggerHeading(
		{
			name: 'pollNotice',
			text: 'This trigger asks AIRudder for new results on the schedule below: no public URL and no AIRudder staff are needed. Results arrive one poll late; a callback (AIRudder iCall Trigger) is faster where n8n is reachable from the internet.',
		},
		{
			defaultEvents: [pollEventIds.callFinished],
			options: pollEvents.map((event) => ({ name: event.name, value: event.id, description: `Output event "${event.id}"; reads the ${event.reads}` })),
			description: 'What to start the workflow for. Items have the layout of AIRudder iCall Trigger, so either trigger can feed the same nodes.',
		},
	),
	{
		displayName: 'Task Finished Output',
		name: 'taskFinishedOutput',
		type: 'options',
		default: 'task',
		options: [
			{ name: 'One Item per Task', value: 'task', description: 'The task row of the task list' },
			{ name: 'One Item per Call of the Task', value: 'calls', description: 'Every call row of the task, read once when it is over, with the task row beside each' },
		],
		displayOptions: { show: { events: [pollEventIds.taskFinished] } },
	},
	{
		displayName: 'Watch',
		name: 'scope',
		type: 'options',
		default: 'all',
		options: [
			{ name: 'Everything Created From Activation On', value: 'all', description: 'Every task, plan and workflow the account creates while this workflow is published' },
			{ name: 'Given IDs', value: 'ids', description: 'Tasks, plans or workflows by ID, whenever they were created' },
			{ name: 'Names Starting With', value: 'prefix', description: 'Those created from activation on whose name starts with a prefix' },
		],
	},
	{
		displayName: 'IDs',
		name: 'ids',
		type: 'string',
		default: '',
		placeholder: 'e.g. 64f0c2a1e4b0a7d3c9e1f2a3, 64f0c2a1e4b0a7d3c9e1f2a4',
		description: 'Task, plan or workflow IDs, separated by commas, spaces or new lines. An ID AIRudder does not list is reported once in n8n\'s log.',
		displayOptions: { show: { scope: ['ids'] } },
	},
	{
		displayName: 'Name Prefix',
		name: 'namePrefix',
		type: 'string',
		default: '',
		placeholder: 'e.g. collections-',
		displayOptions: { show: { scope: ['prefix'] } },
	},
	{
		displayName: 'Emit Results Since',
		name: 'startTime',
		type: 'dateTime',
		default: '',
		description: 'Results from before activation are not emitted, unless you set a past time here: the first poll then emits what ended since',
	},
];
