// Dev tooling for the iCall sandbox: never ships in the n8n package.
import type { VirtualClock } from '../clock';
import { callStatuses, endpoints, taskStatuses } from '../contract';
import { SandboxError, sandboxErrorCodes } from '../http/envelope';
import type { ContactInput } from '../http/validation';
import type { SeededRandom } from '../random';
import type { SandboxRobot } from './catalog';
import type { SandboxCall, SandboxTask } from './model';
import { scriptCall, type DialOutcome } from './outcomes';

export interface TaskEvents {
	callEnded(task: SandboxTask, call: SandboxCall): void;
	taskEnded(task: SandboxTask): void;
}

export interface TaskStoreSettings {
	/** How many new calls a task starts per virtual second. */
	callsPerSecond: number;
	/** Pinned outcomes by phone number (tests); other numbers follow the seed. */
	outcomes: Record<string, DialOutcome>;
}

export interface NewTask {
	name: string;
	robot: SandboxRobot;
	callees: ContactInput[];
	sipLine?: string;
	robotMethod?: string;
	/** Virtual time to start dialling (StartTime); now when absent or past. */
	startAt?: number;
	planId?: string;
	round?: number;
}

const taskIdField = endpoints.taskGet.fields.taskId.wire;
const calleeNumberField = endpoints.taskCancelCall.fields.calleeNumber.wire;

/** Calling tasks: each dials its callees on the virtual clock, one call row per callee. */
export class TaskStore {
	private readonly tasks = new Map<string, SandboxTask>();
	private readonly callsById = new Map<string, SandboxCall>();
	private created = 0;

	constructor(
		private readonly clock: VirtualClock,
		private readonly random: SeededRandom,
		private readonly settings: TaskStoreSettings,
		private readonly events: TaskEvents,
	) {}

	create(input: NewTask): SandboxTask {
		const sequence = ++this.created;
		const taskId = this.random.hexId(24, 'task', sequence);
		const task: SandboxTask = {
			taskId,
			name: input.name,
			robot: input.robot,
			sipLine: input.sipLine,
			robotMethod: input.robotMethod,
			createdAt: this.clock.now(),
			status: taskStatuses.running,
			calls: [],
			planId: input.planId,
			round: input.round,
		};
		const startDelay = Math.max(0, (input.startAt ?? 0) - this.clock.now());
		const spacingMs = 1000 / this.settings.callsPerSecond;
		input.callees.forEach((callee, index) => {
			const call: SandboxCall = {
				callId: this.random.hexId(32, 'call', sequence, index),
				taskId,
				index,
				callee: callee.number,
				caseId: callee.caseId,
				variables: callee.variables,
				attempt: input.round ?? 1,
				phase: 'queued',
				talkSeconds: 0,
				intention: '',
				hasRecording: false,
			};
			call.cancelPending = this.clock.schedule(startDelay + Math.floor(index * spacingMs), 'dial', () => this.dial(task, call));
			task.calls.push(call);
			this.callsById.set(call.callId, call);
		});
		this.tasks.set(taskId, task);
		return task;
	}

	get(taskId: string): SandboxTask | undefined {
		return this.tasks.get(taskId);
	}

	/** The task, or the vendor's "task not found" error. */
	require(taskId: string): SandboxTask {
		const task = this.tasks.get(taskId);
		if (!task) throw SandboxError.param(taskIdField, `no task with id "${taskId}"`, sandboxErrorCodes.taskNotFound);
		return task;
	}

	/** Newest first, like the vendor's task list. */
	list(): SandboxTask[] {
		return [...this.tasks.values()].reverse();
	}

	findCall(callId: string): SandboxCall | undefined {
		return this.callsById.get(callId);
	}

	stop(task: SandboxTask): void {
		if (task.status !== taskStatuses.running) {
			throw SandboxError.param(taskIdField, `task "${task.taskId}" is already ${task.status}`, sandboxErrorCodes.taskAlreadyFinished);
		}
		for (const call of task.calls) if (call.phase !== 'ended') this.endCall(task, call, 'canceled');
		this.endTask(task, taskStatuses.stopped);
	}

	/** Cancels the not-yet-ended call(s) to a number; throws if the number has none left. */
	cancelCall(task: SandboxTask, number: string): void {
		const calls = task.calls.filter((call) => call.callee === number);
		if (calls.length === 0) {
			throw SandboxError.param(calleeNumberField, `${number} is not a callee of task "${task.taskId}"`, sandboxErrorCodes.calleeNotFound);
		}
		const open = calls.filter((call) => call.phase !== 'ended');
		if (open.length === 0) {
			throw SandboxError.param(calleeNumberField, `the call to ${number} has already ended`, sandboxErrorCodes.callAlreadyEnded);
		}
		for (const call of open) this.endCall(task, call, 'canceled');
		this.endTaskIfDone(task);
	}

	/** Cancels every pending clock event and forgets all tasks. */
	clear(): void {
		for (const call of this.callsById.values()) call.cancelPending?.();
		this.tasks.clear();
		this.callsById.clear();
		this.created = 0;
	}

	private dial(task: SandboxTask, call: SandboxCall): void {
		const script = scriptCall(this.random, call.callee, call.attempt, task.robot.business, this.settings.outcomes[call.callee]);
		call.phase = 'dialing';
		call.startedAt = this.clock.now();
		call.cancelPending = this.clock.schedule(script.totalMs, 'hang-up', () => {
			call.talkSeconds = script.talkSeconds;
			call.intention = script.intention;
			call.hasRecording = script.outcome === 'answered';
			this.endCall(task, call, script.outcome);
			this.endTaskIfDone(task);
		});
	}

	private endCall(task: SandboxTask, call: SandboxCall, outcome: keyof typeof callStatuses): void {
		call.cancelPending?.();
		call.cancelPending = undefined;
		call.phase = 'ended';
		call.status = callStatuses[outcome];
		call.startedAt ??= this.clock.now();
		call.endedAt = this.clock.now();
		this.events.callEnded(task, call);
	}

	private endTaskIfDone(task: SandboxTask): void {
		if (task.status === taskStatuses.running && task.calls.every((call) => call.phase === 'ended')) {
			this.endTask(task, taskStatuses.finished);
		}
	}

	private endTask(task: SandboxTask, status: SandboxTask['status']): void {
		task.status = status;
		task.endedAt = this.clock.now();
		this.events.taskEnded(task);
	}
}
