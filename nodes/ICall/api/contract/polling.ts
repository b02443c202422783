import { callRow, planRow, taskRow } from './calling';
import { workflowRow, workflowTaskRow } from './workflowRows';

/**
 * What the polling trigger reads of the lists it polls, and what it assumes of them. None of it is
 * documented (M): the trigger is written so that a wrong assumption costs requests, not results.
 */

/** A row of task.getMany (tasks and, with the plan type, plans): status and creation time (M). */
export const polledTaskRow = { ...taskRow, taskStatus: 'TaskStatus', createTime: 'CreateTime' } as const;
export const polledPlanRow = { ...planRow, planStatus: 'PlanStatus', createTime: 'CreateTime' } as const;
/** One round of plan.getRounds: its number and the status of its task (M). */
export const polledRoundRow = { round: 'Round', taskId: 'TaskID', taskStatus: 'TaskStatus' } as const;
export const polledWorkflowRow = { ...workflowRow, status: 'status', createTime: 'create_time' } as const;
export const polledWorkflowTaskRow = { ...workflowTaskRow, taskStatus: 'task_status' } as const;
/** A call row of a workflow's outbound task: its id and end time (M, as the call webhook's D names). */
export const polledWorkflowCallRow = { callId: 'call_id', endTime: 'end_time' } as const;
export const polledCallRow = { callId: callRow.callId, endTime: callRow.endTime } as const;

/** Statuses of tasks, plans and their rounds (M). Any other value counts as still running. */
export const runStatuses = { running: 'Running', finished: 'Finished', stopped: 'Stopped' } as const;

export const pollingFacts = {
	/**
	 * Lists (task.getMany, workflow.getMany) come newest first (M). The trigger stops reading a list
	 * at the first page whose rows are all older than what it still watches; a list in another order
	 * costs more pages, never a missed task, as long as each page is sorted.
	 */
	listOrder: 'newest first',
	/**
	 * Row order of task.get and of a workflow task's details is unknown (M): new rows may appear
	 * anywhere, so the trigger re-reads every page of a task whose row count changed.
	 */
	rowOrder: 'unknown',
	/**
	 * A call's row appears once the call has ended, with its end time, within this many seconds of
	 * that end time (M). Rows ending within this window of the newest one are remembered by id.
	 */
	rowVisibleWithinSeconds: 120,
	/** Times are wall-clock text in UTC+8, `yyyy-MM-dd HH:mm:ss` first (M for the classic API, C for workflows). */
	zone: 'UTC+8',
} as const;
