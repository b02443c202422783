import type { IDataObject } from 'n8n-workflow';
import { polledWorkflowCallRow, polledWorkflowRow, polledWorkflowTaskRow } from '../api/contract/polling';
import { endpoints } from '../api/contract/workflow';
import type { OpenEntry } from './cursor';
import { pollEventIds } from './events';
import type { WatchedList } from './family';
import { readNewCalls, type CallSource } from './calls';
import { readPages } from './pages';
import type { PollRun } from './run';
import { emit, isWorkflowOver, wants } from './run';

const { workflowGetMany, workflowTaskGetMany, workflowTaskGetDetails } = endpoints;
const { workflowStatusChanged, workflowCallFinished } = pollEventIds;

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
