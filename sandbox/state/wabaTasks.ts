// Dev tooling for the iCall sandbox: never ships in the n8n package.
import type { VirtualClock } from '../clock';
import { endpoints, wabaMessageStatuses } from '../contract';
import { SandboxError, sandboxErrorCodes } from '../http/envelope';
import type { SeededRandom } from '../random';
import type { WabaMessage, WabaTask, WorkflowContact, WorkflowInstance, WorkflowNodetask } from './workflowModel';

export interface WabaEvents {
	messageStatus(task: WabaTask, message: WabaMessage): void;
	/** A contact who read the message had a chatbot session; it ended. */
	sessionEnded(task: WabaTask, message: WabaMessage, startedAt: number): void;
}

/** Virtual delays of a message's life: sent, then delivered, then read (or failed). */
const step = { sentMs: 1_000, deliveredMs: 3_000, readMs: 20_000, sessionMs: 60_000 };
/** Shares of messages that fail or are never read; only their stability matters to tests. */
const failedShare = 0.05;
const unreadShare = 0.25;

const wabaTaskIdField = endpoints.workflowWabaGetDetails.fields.wabaTaskId.wire;

/**
 * The WABA (WhatsApp) step of a workflow: one message per contact, whose status moves on the
 * virtual clock (sent, delivery, read, or failed). Each change posts the message-status webhook; a
 * read message opens a chatbot session that ends a minute later. The task is done when every
 * message has its final status.
 */
export class WabaStore {
	private readonly tasks = new Map<string, WabaTask>();
	private readonly pendingByWorkflow = new Map<string, Array<() => void>>();
	private created = 0;

	constructor(
		private readonly clock: VirtualClock,
		private readonly random: SeededRandom,
		private readonly events: WabaEvents,
	) {}

	create(instance: WorkflowInstance, nodetask: WorkflowNodetask, contacts: WorkflowContact[], done: () => void): WabaTask {
		const sequence = ++this.created;
		const task: WabaTask = {
			wabaTaskId: this.random.hexId(24, 'waba', sequence),
			workflowId: instance.workflowId,
			nodetask,
			messages: contacts.map((contact, index) => ({
				msgId: this.random.hexId(32, 'msg', sequence, index),
				contact,
				status: wabaMessageStatuses.sent,
				timestamp: this.clock.now(),
			})),
			done: false,
		};
		this.tasks.set(task.wabaTaskId, task);
		let open = task.messages.length;
		const settle = () => {
			if (--open === 0 && !task.done) {
				task.done = true;
				done();
			}
		};
		task.messages.forEach((message) => this.play(task, message, settle));
		if (open === 0) {
			task.done = true;
			this.later(instance.workflowId, 0, done);
		}
		return task;
	}

	require(wabaTaskId: string): WabaTask {
		const task = this.tasks.get(wabaTaskId);
		if (!task) throw SandboxError.param(wabaTaskIdField, `no WABA task with id "${wabaTaskId}"`, sandboxErrorCodes.taskNotFound);
		return task;
	}

	/** Row status of a WABA task, or undefined when the id is not one. */
	statusOf(wabaTaskId: string): string | undefined {
		const task = this.tasks.get(wabaTaskId);
		if (!task) return undefined;
		return task.done ? 'finished' : 'running';
	}

	ofWorkflow(workflowId: string): WabaTask[] {
		return [...this.tasks.values()].filter((task) => task.workflowId === workflowId);
	}

	/** A stopped workflow sends nothing more. */
	stopAll(instance: WorkflowInstance): void {
		for (const cancel of this.pendingByWorkflow.get(instance.workflowId) ?? []) cancel();
		this.pendingByWorkflow.delete(instance.workflowId);
	}

	clear(): void {
		for (const cancels of this.pendingByWorkflow.values()) for (const cancel of cancels) cancel();
		this.pendingByWorkflow.clear();
		this.tasks.clear();
		this.created = 0;
	}

	private play(task: WabaTask, message: WabaMessage, settle: () => void): void {
		const draw = this.random.fraction('waba', message.msgId);
		const change = (status: WabaMessage['status']) => {
			message.status = status;
			message.timestamp = this.clock.now();
			this.events.messageStatus(task, message);
		};
		this.later(task.workflowId, step.sentMs, () => {
			change(wabaMessageStatuses.sent);
			if (draw < failedShare) {
				this.later(task.workflowId, step.deliveredMs, () => (change(wabaMessageStatuses.failed), settle()));
				return;
			}
			this.later(task.workflowId, step.deliveredMs, () => {
				change(wabaMessageStatuses.delivered);
				if (draw < failedShare + unreadShare) return settle();
				this.later(task.workflowId, step.readMs, () => {
					change(wabaMessageStatuses.read);
					const openedAt = this.clock.now();
					this.later(task.workflowId, step.sessionMs, () => {
						this.events.sessionEnded(task, message, openedAt);
						settle();
					});
				});
			});
		});
	}

	private later(workflowId: string, delayMs: number, run: () => void): void {
		const cancels = this.pendingByWorkflow.get(workflowId) ?? [];
		cancels.push(this.clock.schedule(delayMs, 'waba message', run));
		this.pendingByWorkflow.set(workflowId, cancels);
	}
}
