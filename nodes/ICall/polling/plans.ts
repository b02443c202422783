import type { IDataObject } from 'n8n-workflow';
import { endpoints, taskListTypes } from '../api/contract/calling';
import { polledPlanRow, polledRoundRow } from '../api/contract/polling';
import type { OpenEntry } from './cursor';
import { pollEventIds } from './events';
import type { WatchedList } from './family';
import { readPages } from './pages';
import type { PollRun } from './run';
import { emit, isRunOver, wants } from './run';

const { taskGetMany, planGetRounds } = endpoints;
const { planFinished, planRoundFinished } = pollEventIds;

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

/** Plans are listed through the task list with the plan type. */
export const watchedPlans: WatchedList = {
	family: 'plans',
	endpoint: taskGetMany,
	fields: { [taskGetMany.fields.type.wire]: taskListTypes.plan },
	keys: { id: polledPlanRow.planId, name: polledPlanRow.planName, created: polledPlanRow.createTime },
	visit: visitPlan,
};
