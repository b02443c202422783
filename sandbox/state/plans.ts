// Dev tooling for the iCall sandbox: never ships in the n8n package.
import type { VirtualClock } from '../clock';
import { callStatuses, endpoints, taskStatuses } from '../contract';
import { SandboxError, sandboxErrorCodes } from '../http/envelope';
import type { ContactInput } from '../http/validation';
import type { SeededRandom } from '../random';
import { sandboxRobots, type SandboxStrategy } from './catalog';
import type { SandboxCall, SandboxPlan, SandboxTask } from './model';
import type { TaskStore } from './tasks';

export interface NewPlan {
	name: string;
	strategy: SandboxStrategy;
	callees: ContactInput[];
	sipLine?: string;
}

const planIdField = endpoints.planGetStatus.fields.planId.wire;
const calleeNumberField = endpoints.planCancelCall.fields.calleeNumber.wire;

/**
 * Dialing plans: round 1 is a task over every callee; when a round's task ends, the next round
 * (after the strategy's interval) re-dials whoever neither answered nor was cancelled, until the
 * strategy's round count is reached or nobody is left. Then the plan is finished.
 */
export class PlanStore {
	private readonly plans = new Map<string, SandboxPlan>();
	private created = 0;

	constructor(
		private readonly clock: VirtualClock,
		private readonly random: SeededRandom,
		private readonly tasks: TaskStore,
		private readonly planEnded: (plan: SandboxPlan) => void,
	) {}

	create(input: NewPlan): SandboxPlan {
		const plan: SandboxPlan = {
			planId: this.random.hexId(24, 'plan', ++this.created),
			name: input.name,
			strategy: input.strategy,
			sipLine: input.sipLine,
			callees: input.callees,
			status: taskStatuses.running,
			rounds: [],
			cancelled: new Set(),
			answered: new Set(),
			createdAt: this.clock.now(),
		};
		this.plans.set(plan.planId, plan);
		this.startRound(plan, plan.callees);
		return plan;
	}

	require(planId: string): SandboxPlan {
		const plan = this.plans.get(planId);
		if (!plan) throw SandboxError.param(planIdField, `no plan with id "${planId}"`, sandboxErrorCodes.planNotFound);
		return plan;
	}

	list(): SandboxPlan[] {
		return [...this.plans.values()];
	}

	/** Every call of a number across the plan's rounds, oldest round first. */
	callsOf(plan: SandboxPlan, number: string): Array<{ round: number; call: SandboxCall }> {
		return plan.rounds.flatMap(({ round, taskId }) =>
			(this.tasks.get(taskId)?.calls ?? []).filter((call) => call.callee === number).map((call) => ({ round, call })),
		);
	}

	cancelCall(plan: SandboxPlan, number: string): void {
		if (!plan.callees.some((callee) => callee.number === number)) {
			throw SandboxError.param(calleeNumberField, `${number} is not a callee of plan "${plan.planId}"`, sandboxErrorCodes.calleeNotFound);
		}
		if (plan.status !== taskStatuses.running) {
			throw SandboxError.param(planIdField, `plan "${plan.planId}" is already ${plan.status}`, sandboxErrorCodes.taskAlreadyFinished);
		}
		plan.cancelled.add(number);
		const current = this.currentTask(plan);
		const open = current?.calls.some((call) => call.callee === number && call.phase !== 'ended');
		if (current && open) this.tasks.cancelCall(current, number);
		else if (!current || current.status !== taskStatuses.running) this.finishIfNobodyLeft(plan);
	}

	/** Hook for TaskStore events: a round's task has ended. */
	onTaskEnded(task: SandboxTask): void {
		const plan = task.planId ? this.plans.get(task.planId) : undefined;
		if (!plan || plan.status !== taskStatuses.running) return;
		for (const call of task.calls) if (call.status === callStatuses.answered) plan.answered.add(call.callee);
		if (task.status === taskStatuses.stopped) return this.end(plan, taskStatuses.stopped);
		const remaining = this.remainingCallees(plan);
		if (remaining.length === 0 || plan.rounds.length >= plan.strategy.rounds) return this.end(plan, taskStatuses.finished);
		plan.cancelNextRound = this.clock.schedule(plan.strategy.roundIntervalMs, 'plan round', () => {
			plan.cancelNextRound = undefined;
			const callees = this.remainingCallees(plan);
			if (callees.length === 0) this.end(plan, taskStatuses.finished);
			else this.startRound(plan, callees);
		});
	}

	clear(): void {
		for (const plan of this.plans.values()) plan.cancelNextRound?.();
		this.plans.clear();
		this.created = 0;
	}

	private startRound(plan: SandboxPlan, callees: ContactInput[]): void {
		const round = plan.rounds.length + 1;
		const robot = sandboxRobots.find((candidate) => candidate.id === plan.strategy.robotId) ?? sandboxRobots[0];
		const task = this.tasks.create({
			name: `${plan.name} - round ${round}`,
			robot,
			callees,
			sipLine: plan.sipLine,
			planId: plan.planId,
			round,
		});
		plan.rounds.push({ round, taskId: task.taskId });
	}

	private currentTask(plan: SandboxPlan): SandboxTask | undefined {
		const last = plan.rounds[plan.rounds.length - 1];
		return last ? this.tasks.get(last.taskId) : undefined;
	}

	private remainingCallees(plan: SandboxPlan): ContactInput[] {
		return plan.callees.filter((callee) => !plan.answered.has(callee.number) && !plan.cancelled.has(callee.number));
	}

	private finishIfNobodyLeft(plan: SandboxPlan): void {
		if (this.remainingCallees(plan).length > 0) return;
		plan.cancelNextRound?.();
		this.end(plan, taskStatuses.finished);
	}

	private end(plan: SandboxPlan, status: SandboxPlan['status']): void {
		plan.status = status;
		plan.endedAt = this.clock.now();
		this.planEnded(plan);
	}
}
