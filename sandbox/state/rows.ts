// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { callRow, callStatuses, planRow, roundRow, taskRow, taskStatuses } from '../contract';
import type { SandboxCall, SandboxPlan, SandboxTask } from './model';
import { formatClassicTime } from './times';

/** Builds wire rows from state; every key comes from the contract's row definitions. */
export class RowBuilder {
	constructor(private readonly recordingUrl: (call: SandboxCall) => string) {}

	call(call: SandboxCall): Record<string, unknown> {
		return {
			[callRow.taskId]: call.taskId,
			[callRow.callId]: call.callId,
			[callRow.callee]: call.callee,
			[callRow.caseId]: call.caseId ?? '',
			[callRow.callStatus]: call.status ?? '',
			[callRow.duration]: call.talkSeconds,
			[callRow.startTime]: call.startedAt === undefined ? '' : formatClassicTime(call.startedAt),
			[callRow.endTime]: call.endedAt === undefined ? '' : formatClassicTime(call.endedAt),
			[callRow.intention]: call.intention,
			[callRow.recordingUrl]: call.hasRecording ? this.recordingUrl(call) : '',
			[callRow.variables]: call.variables ?? {},
		};
	}

	task(task: SandboxTask): Record<string, unknown> {
		const ended = task.calls.filter((call) => call.phase === 'ended');
		return {
			[taskRow.taskId]: task.taskId,
			[taskRow.taskName]: task.name,
			[taskRow.taskStatus]: task.status,
			[taskRow.robotId]: task.robot.id,
			[taskRow.createTime]: formatClassicTime(task.createdAt),
			[taskRow.total]: task.calls.length,
			[taskRow.called]: ended.filter((call) => call.status !== callStatuses.canceled).length,
			[taskRow.answered]: ended.filter((call) => call.status === callStatuses.answered).length,
		};
	}

	plan(plan: SandboxPlan): Record<string, unknown> {
		return {
			[planRow.planId]: plan.planId,
			[planRow.planName]: plan.name,
			[planRow.planStatus]: plan.status,
			[planRow.strategyId]: plan.strategy.id,
			[planRow.createTime]: formatClassicTime(plan.createdAt),
			[roundRow.round]: plan.rounds.length,
		};
	}

	round(round: number, task: SandboxTask | undefined): Record<string, unknown> {
		return {
			[roundRow.round]: round,
			[roundRow.taskId]: task?.taskId ?? '',
			[roundRow.taskStatus]: task?.status ?? taskStatuses.running,
		};
	}
}
