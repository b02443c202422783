// Dev only: the calling family's rows and statuses as the sandbox answers them. The node reads a
// few of these names (api/contract/calling.ts); every row here starts from those, so each wire
// name is written once.
import { polledPlanRow, polledRoundRow, polledTaskRow, runStatuses } from '../../nodes/ICall/api/contract/polling';

/** One task row of task.getMany and the task webhook (our model). */
export const taskRow = {
	...polledTaskRow,
	robotId: 'RobotID',
	total: 'TotalCount',
	called: 'CalledCount',
	answered: 'AnsweredCount',
} as const;

/** One plan row, and one row per round of plan.getRounds (our model). */
export const planRow = { ...polledPlanRow, strategyId: 'StrategyID' } as const;
export const roundRow = polledRoundRow;

/** The task, plan and call statuses the sandbox reports (our model). */
export const taskStatuses = runStatuses;
export const callStatuses = {
	answered: 'Answered',
	noAnswer: 'NoAnswer',
	busy: 'Busy',
	failed: 'Failed',
	canceled: 'Canceled',
} as const;
