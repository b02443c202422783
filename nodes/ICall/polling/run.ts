import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { DEFAULT_PAGE_SIZE, fetchRows, totalOf } from '../api/paging';
import type { Endpoint } from '../api/contract/types';
import { pollingFacts, runStatuses } from '../api/contract/polling';
import { workflowStatuses } from '../api/contract/workflowRows';
import type { OpenEntry, PollCursor } from './cursor';
import { settleFamily, wallTimeBefore, wallTimeOf } from './cursor';
import type { PollEventId, Scope, TaskOutput } from './settings';

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

/** Where a page loop stops, besides a short page or a total reached. */
export type StopRule = (pageRows: IDataObject[], rowsSoFar: IDataObject[], total: number | undefined) => boolean;

export interface PageReading {
	rows: IDataObject[];
	requests: number;
	/** The total the last page announced, if any. */
	total?: number;
}

/**
 * Reads an endpoint's pages one at a time, so that a poll can stop as soon as it knows enough
 * (an unchanged total, a page of old rows). `maxPages` bounds a Fetch Test Event click.
 */
export async function readPages(
	ctx: IPollFunctions,
	endpoint: Endpoint,
	fields: IDataObject,
	{ stop, maxPages = Infinity, pageSize }: { stop?: StopRule; maxPages?: number; pageSize: number },
): Promise<PageReading> {
	const paging = endpoint.pagination;
	if (!paging) {
		const { rows, pages } = await fetchRows.call(ctx, endpoint, { fields });
		return { rows, requests: 1, total: totalOf(pages[0] ?? {}) };
	}
	const rows: IDataObject[] = [];
	let total: number | undefined;
	for (let page = 1; page <= maxPages; page++) {
		const read = await fetchRows.call(ctx, endpoint, { fields: { ...fields, [paging.page]: page }, pageSize });
		total = totalOf(read.pages[0] ?? {});
		rows.push(...read.rows);
		const over = read.rows.length < pageSize || (total !== undefined && rows.length >= total);
		if (over || stop?.(read.rows, rows, total)) return { rows, requests: page, total };
	}
	return { rows, requests: maxPages, total };
}

/** One list the trigger watches, and what it does with each row it watches. */
export interface WatchedList {
	family: keyof Pick<PollCursor, 'tasks' | 'plans' | 'workflows'>;
	endpoint: Endpoint;
	fields: IDataObject;
	keys: { id: string; name: string; created: string };
	/** Emits what is new for one watched row; true when it is over and all of it emitted. */
	visit(run: PollRun, row: IDataObject, entry: OpenEntry): Promise<boolean>;
}

function inScope(run: PollRun, id: string, name: unknown): boolean {
	const { scope } = run;
	if (scope.kind === 'ids') return scope.ids.has(id);
	if (scope.kind === 'prefix') return String(name ?? '').startsWith(scope.prefix);
	return true;
}

/** Given ids still to be found in the list: done ones and ids already reported unknown are not looked for. */
function idsToFind(run: PollRun, list: WatchedList): Set<string> {
	if (run.scope.kind !== 'ids') return new Set();
	const family = run.cursor[list.family];
	const { listOfId, unknownIds } = run.cursor;
	const mayBeHere = (id: string) => listOfId[id] === undefined || listOfId[id] === list.family;
	return new Set([...run.scope.ids].filter((id) => family.done[id] === undefined && !unknownIds.includes(id) && mayBeHere(id)));
}

/**
 * Reads the list newest first down to the oldest row still watched (or, for given ids, until all
 * are found), then visits the rows in scope oldest first, so items come out in the order things
 * happened.
 */
export async function pollList(run: PollRun, list: WatchedList): Promise<void> {
	const family = run.cursor[list.family];
	const lookingFor = idsToFind(run, list);
	if (run.scope.kind === 'ids' && lookingFor.size === 0) return;
	const watchedFrom = run.scope.kind === 'ids' ? '' : family.settledBefore;
	const stop = (page: IDataObject[], rows: IDataObject[]) =>
		run.scope.kind === 'ids'
			? [...lookingFor].every((id) => rows.some((row) => String(row[list.keys.id]) === id))
			: page.every((row) => wallTimeOf(row[list.keys.created]) < watchedFrom);
	const { rows, requests } = await readPages(run.ctx, list.endpoint, list.fields, { stop, maxPages: run.maxPages, pageSize: run.pageSize });
	run.requests += requests;

	let newest = family.settledBefore;
	for (const row of [...rows].reverse()) {
		const id = String(row[list.keys.id]);
		const created = wallTimeOf(row[list.keys.created]);
		if (lookingFor.has(id)) run.cursor.listOfId[id] = list.family;
		if (created > newest) newest = created;
		if (!inScope(run, id, row[list.keys.name]) || created < watchedFrom || family.done[id] !== undefined) continue;
		const entry = (family.open[id] ??= { created });
		if (await list.visit(run, row, entry)) {
			delete family.open[id];
			family.done[id] = created;
		}
	}
	// Given ids are kept until done whatever their age, so only the other scopes settle.
	if (run.scope.kind !== 'ids') settleFamily(family, wallTimeBefore(newest, VISIBLE_WITHIN_SECONDS));
}

/**
 * After every list was read in full: a given id none of them lists is reported once (n8n's log)
 * and no longer looked for; the other ids go on.
 */
export function reportUnknownIds(run: PollRun): void {
	if (run.scope.kind !== 'ids' || run.maxPages !== Infinity) return;
	const { listOfId, unknownIds } = run.cursor;
	const missing = [...run.scope.ids].filter((id) => listOfId[id] === undefined && !unknownIds.includes(id));
	if (missing.length === 0) return;
	unknownIds.push(...missing);
	run.ctx.logger.warn(
		`AIRudder iCall polling trigger: AIRudder lists no task, plan or workflow with id ${missing.map((id) => `"${id}"`).join(', ')}; it is not watched`,
		{ workflowId: run.ctx.getWorkflow().id, node: run.ctx.getNode().name },
	);
}
