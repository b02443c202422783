import type { IDataObject } from 'n8n-workflow';
import { endpoints as callingEndpoints, taskListTypes } from '../api/contract/calling';
import { polledCallRow, polledPlanRow, polledRoundRow, polledTaskRow, polledWorkflowCallRow, polledWorkflowRow, polledWorkflowTaskRow } from '../api/contract/polling';
import type { Endpoint } from '../api/contract/types';
import { endpoints as workflowEndpoints } from '../api/contract/workflow';
import type { CallCursor, OpenEntry, RowKeys } from './cursor';
import { newCallRows } from './cursor';
import type { PollRun, WatchedList } from './run';
import { VISIBLE_WITHIN_SECONDS, emit, isRunOver, isWorkflowOver, readPages, wants } from './run';
import { pollEventIds } from './settings';

/*
 * The three lists the trigger watches (tasks, plans, workflows) and what each emits; the calls of a
 * task are read the same way for a task and for a workflow's outbound task.
 */

const { taskGetMany, taskGet, planGetRounds } = callingEndpoints;
const { workflowGetMany, workflowTaskGetMany, workflowTaskGetDetails } = workflowEndpoints;
const { callFinished, taskFinished, planFinished, planRoundFinished, workflowStatusChanged, workflowCallFinished } = pollEventIds;

/** Where one task's call rows are read: the endpoint, its task id field, and the row's keys. */
export interface CallSource {
	endpoint: Endpoint;
	taskIdField: string;
	keys: RowKeys;
}

export interface CallReading {
	/** Rows not emitted before. */
	fresh: IDataObject[];
	/** Every row, when they were read (a task that has just finished is read whole). */
	rows?: IDataObject[];
}

/**
 * The calls of one task that ended since the last poll. The first page's total tells whether
 * anything changed; only then are all pages read, since new rows may sit on any page.
 */
export async function readNewCalls(run: PollRun, entry: OpenEntry, source: CallSource, taskId: string, { whole = false } = {}): Promise<CallReading> {
	const calls = (entry.calls ??= {});
	const cursor: CallCursor = (calls[taskId] ??= { after: run.cursor.since, ids: [], counted: 0 });
	const unchanged = (_page: IDataObject[], _rows: IDataObject[], total: number | undefined) => !whole && total === cursor.counted;
	const fields = { [source.taskIdField]: taskId };
	const { rows, requests, total } = await readPages(run.ctx, source.endpoint, fields, { stop: unchanged, maxPages: run.maxPages, pageSize: run.pageSize });
	run.requests += requests;
	if (!whole && total === cursor.counted) return { fresh: [] };
	const { fresh, next } = newCallRows(cursor, rows, source.keys, VISIBLE_WITHIN_SECONDS);
	calls[taskId] = next;
	return { fresh, rows };
}

const taskCalls: CallSource = { endpoint: taskGet, taskIdField: taskGet.fields.taskId.wire, keys: { id: polledCallRow.callId, endTime: polledCallRow.endTime } };

/**
 * A task's calls as they end (call.finished), then the task once it is over (task.finished): the
 * task row, or one item per call of the task, all of its rows read once at the end.
 */
async function visitTask(run: PollRun, row: IDataObject, entry: OpenEntry): Promise<boolean> {
	const over = isRunOver(row[polledTaskRow.taskStatus]);
	const wholeAtEnd = over && wants(run, taskFinished) && run.taskOutput === 'calls';
	if (wants(run, callFinished) || wholeAtEnd) {
		const taskId = String(row[polledTaskRow.taskId]);
		const { fresh, rows } = await readNewCalls(run, entry, taskCalls, taskId, { whole: wholeAtEnd });
		if (wants(run, callFinished)) for (const call of fresh) emit(run, callFinished, call);
		if (wholeAtEnd) for (const call of rows ?? []) emit(run, taskFinished, call, { task: row });
	}
	if (over && wants(run, taskFinished) && run.taskOutput === 'task') emit(run, taskFinished, row);
	return over;
}

/** Tasks and plans are both listed by the task list, told apart by its type. */
function readThroughTaskList(family: 'tasks' | 'plans', type: string, keys: WatchedList['keys'], visit: WatchedList['visit']): WatchedList {
	return { family, endpoint: taskGetMany, fields: { [taskGetMany.fields.type.wire]: type }, keys, visit };
}

export const watchedTasks = readThroughTaskList(
	'tasks',
	taskListTypes.task,
	{ id: polledTaskRow.taskId, name: polledTaskRow.taskName, created: polledTaskRow.createTime },
	visitTask,
);

/** Rounds over since the last poll, in order; a round still running holds back the ones after it. */
async function emitFinishedRounds(run: PollRun, row: IDataObject, entry: OpenEntry): Promise<void> {
	const planId = String(row[polledPlanRow.planId]);
	const { rows, requests } = await readPages(run.ctx, planGetRounds, { [planGetRounds.fields.planId.wire]: planId }, { pageSize: run.pageSize });
	run.requests += requests;
	const rounds = rows.sort((a, b) => Number(a[polledRoundRow.round]) - Number(b[polledRoundRow.round]));
	for (const round of rounds) {
		const number = Number(round[polledRoundRow.round]);
		if (number <= (entry.rounds ?? 0)) continue;
		if (!isRunOver(round[polledRoundRow.taskStatus])) break;
		emit(run, planRoundFinished, { ...round, [polledPlanRow.planId]: planId, [polledPlanRow.planName]: row[polledPlanRow.planName] });
		entry.rounds = number;
	}
}

async function visitPlan(run: PollRun, row: IDataObject, entry: OpenEntry): Promise<boolean> {
	if (wants(run, planRoundFinished)) await emitFinishedRounds(run, row, entry);
	const over = isRunOver(row[polledPlanRow.planStatus]);
	if (over && wants(run, planFinished)) emit(run, planFinished, row);
	return over;
}

export const watchedPlans = readThroughTaskList(
	'plans',
	taskListTypes.plan,
	{ id: polledPlanRow.planId, name: polledPlanRow.planName, created: polledPlanRow.createTime },
	visitPlan,
);

const workflowTaskCalls: CallSource = {
	endpoint: workflowTaskGetDetails,
	taskIdField: workflowTaskGetDetails.fields.taskId.wire,
	keys: { id: polledWorkflowCallRow.callId, endTime: polledWorkflowCallRow.endTime },
};

/** The calls of each outbound task of the workflow that ended since the last poll. */
async function emitWorkflowCalls(run: PollRun, workflowId: string, entry: OpenEntry): Promise<void> {
	const { rows: tasks, requests } = await readPages(run.ctx, workflowTaskGetMany, { [workflowTaskGetMany.fields.workflowId.wire]: workflowId }, { pageSize: run.pageSize });
	run.requests += requests;
	for (const task of tasks) {
		const taskId = String(task[polledWorkflowTaskRow.taskId] ?? '');
		if (taskId === '') continue;
		const { fresh } = await readNewCalls(run, entry, workflowTaskCalls, taskId);
		for (const call of fresh) emit(run, workflowCallFinished, call);
	}
}

/**
 * A status other than the one seen last is a change; a workflow first seen already over has
 * changed since activation too.
 */
async function visitWorkflow(run: PollRun, row: IDataObject, entry: OpenEntry): Promise<boolean> {
	const status = String(row[polledWorkflowRow.status] ?? '');
	const over = isWorkflowOver(status);
	if (wants(run, workflowCallFinished)) await emitWorkflowCalls(run, String(row[polledWorkflowRow.workflowId]), entry);
	const changed = entry.status === undefined ? over : entry.status !== status;
	if (changed && wants(run, workflowStatusChanged)) emit(run, workflowStatusChanged, row);
	entry.status = status;
	return over;
}

export const watchedWorkflows: WatchedList = {
	family: 'workflows',
	endpoint: workflowGetMany,
	fields: {},
	keys: { id: polledWorkflowRow.workflowId, name: polledWorkflowRow.workflowName, created: polledWorkflowRow.createTime },
	visit: visitWorkflow,
};
