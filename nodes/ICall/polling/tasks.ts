import type { IDataObject } from 'n8n-workflow';
import { endpoints, taskListTypes } from '../api/contract/calling';
import { polledCallRow, polledTaskRow } from '../api/contract/polling';
import type { OpenEntry } from './cursor';
import { pollEventIds } from './events';
import type { WatchedList } from './family';
import { readNewCalls, type CallSource } from './calls';
import type { PollRun } from './run';
import { emit, isRunOver, wants } from './run';

const { taskGetMany, taskGet } = endpoints;
const { callFinished, taskFinished } = pollEventIds;

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

export const watchedTasks: WatchedList = {
	family: 'tasks',
	endpoint: taskGetMany,
	fields: { [taskGetMany.fields.type.wire]: taskListTypes.task },
	keys: { id: polledTaskRow.taskId, name: polledTaskRow.taskName, created: polledTaskRow.createTime },
	visit: visitTask,
};
