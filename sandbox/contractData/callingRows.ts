// Dev only: the calling family's rows and statuses as the sandbox answers them. The node reads a
// few of these names (api/contract/calling.ts); every row here starts from those, so each wire
// name is written once.
import { planRow as pickedPlanRow, taskRow as pickedTaskRow } from '../../nodes/ICall/api/contract/calling';

/** One task row of task.getMany and the task webhook (our model). */
export const taskRow = {
	...pickedTaskRow,
	taskStatus: 'TaskStatus',
	robotId: 'RobotID',
	createTime: 'CreateTime',
	total: 'TotalCount',
	called: 'CalledCount',
	answered: 'AnsweredCount',
} as const;

/** One plan row, and one row per round of plan.getRounds (our model). */
export const planRow = { ...pickedPlanRow, planStatus: 'PlanStatus', strategyId: 'StrategyID' } as const;
export const roundRow = { round: 'Round', taskId: 'TaskID', taskStatus: 'TaskStatus' } as const;

/** The task, plan and call statuses the sandbox reports (our model). */
export const taskStatuses = { running: 'Running', finished: 'Finished', stopped: 'Stopped' } as const;
export const callStatuses = {
	answered: 'Answered',
	noAnswer: 'NoAnswer',
	busy: 'Busy',
	failed: 'Failed',
	canceled: 'Canceled',
} as const;
