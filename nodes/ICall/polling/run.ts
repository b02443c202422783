import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { DEFAULT_PAGE_SIZE } from '../api/paging';
import { pollingFacts, runStatuses } from '../api/contract/polling';
import { workflowStatuses } from '../api/contract/workflowRows';
import type { PollCursor } from './cursor';
import type { PollEventId } from './events';

/** Which tasks, plans and workflows the trigger watches. */
export type Scope = { kind: 'all' } | { kind: 'ids'; ids: Set<string> } | { kind: 'prefix'; prefix: string };

/** What a task.finished item holds: the task row, or one item per call of the task. */
export type TaskOutput = 'task' | 'calls';

/** One poll in progress: its settings, the cursor being moved, and the items found so far. */
export interface PollRun {
	ctx: IPollFunctions;
	cursor: PollCursor;
	scope: Scope;
	events: ReadonlySet<PollEventId>;
	taskOutput: TaskOutput;
	/** The poll's time, as `receivedAt` of every item (the callback trigger's field). */
	polledAt: string;
	/** 1 for Fetch Test Event: the newest rows are enough. */
	maxPages: number;
	pageSize: number;
	items: INodeExecutionData[];
	requests: number;
}

export const POLL_PAGE_SIZE = DEFAULT_PAGE_SIZE;
export const VISIBLE_WITHIN_SECONDS = pollingFacts.rowVisibleWithinSeconds;

/** The item layout of AIRudder iCall Trigger: the event beside the payload, the payload whole. */
export function emit(run: PollRun, event: PollEventId, body: IDataObject, extra: IDataObject = {}): void {
	run.items.push({ json: { event, receivedAt: run.polledAt, body, ...extra } });
}

export function wants(run: PollRun, ...events: PollEventId[]): boolean {
	return events.some((event) => run.events.has(event));
}

/** Finished or stopped. An unknown status counts as running: watching longer costs requests, not results. */
export function isRunOver(status: unknown): boolean {
	return status === runStatuses.finished || status === runStatuses.stopped;
}

export function isWorkflowOver(status: unknown): boolean {
	return status === workflowStatuses.finished || status === workflowStatuses.stopped;
}
