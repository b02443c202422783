import type { INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { PollCursor } from './cursor';
import { loadCursor, newCursor, saveCursor } from './cursor';
import { watchedPlans, watchedTasks, watchedWorkflows } from './lists';
import type { PollRun, WatchedList } from './run';
import { POLL_PAGE_SIZE, pollList, reportUnknownIds } from './run';
import { apiWallTime, pollEvents, readPollSettings } from './settings';

const lists: WatchedList[] = [watchedTasks, watchedPlans, watchedWorkflows];

export interface PollOutcome {
	items: INodeExecutionData[];
	requests: number;
}

/**
 * One poll. The cursor is worked on as a copy and stored only once every request succeeded, so a
 * failed poll emits nothing and loses nothing: the next one reads the same rows again. Fetch Test
 * Event reads the newest page of each list from the beginning of time, and stores nothing.
 */
export async function pollOnce(ctx: IPollFunctions, now: number): Promise<PollOutcome> {
	const settings = readPollSettings(ctx, now);
	const manual = ctx.getMode() === 'manual';
	const staticData = ctx.getWorkflowStaticData('node');
	const stored = manual ? undefined : loadCursor(staticData);
	let cursor: PollCursor;
	if (manual) {
		cursor = newCursor(settings.fingerprint, '');
	} else if (stored?.settings === settings.fingerprint) {
		cursor = stored;
	} else {
		cursor = newCursor(settings.fingerprint, settings.since ?? apiWallTime(now));
		// Nothing from before activation: the first poll only marks where results start.
		if (settings.since === undefined) {
			saveCursor(staticData, cursor);
			return { items: [], requests: 0 };
		}
	}
	const run: PollRun = {
		ctx,
		cursor,
		scope: settings.scope,
		events: settings.events,
		taskOutput: settings.taskOutput,
		polledAt: new Date(now).toISOString(),
		maxPages: manual ? 1 : Infinity,
		pageSize: POLL_PAGE_SIZE,
		items: [],
		requests: 0,
	};
	const wanted = new Set(pollEvents.filter((event) => settings.events.has(event.id)).map((event) => event.list));
	for (const list of lists) if (wanted.has(list.family)) await pollList(run, list);
	if (manual) return { items: latestOf(ctx, run), requests: run.requests };
	reportUnknownIds(run);
	saveCursor(staticData, cursor);
	return { items: run.items, requests: run.requests };
}

/** Fetch Test Event: the newest result found, or why there is none. */
function latestOf(ctx: IPollFunctions, run: PollRun): INodeExecutionData[] {
	const latest = run.items[run.items.length - 1];
	if (latest) return [latest];
	throw new NodeOperationError(ctx.getNode(), 'No result to show yet', {
		description: 'AIRudder lists no finished call, task, plan or workflow change for these events and this scope. Create a task (or wait for one to finish) and fetch again.',
	});
}
