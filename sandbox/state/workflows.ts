// Dev tooling for the iCall sandbox: never ships in the n8n package.
import type { VirtualClock } from '../clock';
import { callStatuses, endpoints, taskStatuses, workflowStatuses } from '../contract';
import { SandboxError, sandboxErrorCodes } from '../http/envelope';
import type { ContactInput } from '../http/validation';
import type { SeededRandom } from '../random';
import { sandboxRobots } from './catalog';
import type { SandboxCall, SandboxTask } from './model';
import type { TaskStore } from './tasks';
import type { WabaStore } from './wabaTasks';
import type { WorkflowTemplate } from './workflowCatalog';
import type { WorkflowContact, WorkflowInstance, WorkflowNodetask, WorkflowStatus } from './workflowModel';

export interface WorkflowEvents {
	callFinished(instance: WorkflowInstance, nodetask: WorkflowNodetask, contact: WorkflowContact, call: SandboxCall): void;
	contactFinished(instance: WorkflowInstance, contact: WorkflowContact): void;
	statusChanged(instance: WorkflowInstance): void;
	apiNodePush(instance: WorkflowInstance, nodetask: WorkflowNodetask, contact: WorkflowContact): void;
}

export interface NewWorkflow {
	template: WorkflowTemplate;
	name: string;
	workflowName?: string;
	autoFinish?: number;
	endsAt: number;
	contacts: ContactInput[];
}

/** Most contacts one workflow holds (C: the limit a public client keeps). */
export const contactsPerWorkflow = 10_000;

const { workflowStop, workflowContactCancel, workflowContactUpdate } = endpoints;
const workflowIdField = workflowStop.fields.workflowId.wire;

/** A batch of contacts that reached a node together, and what carries it on. */
interface NodeVisit {
	instance: WorkflowInstance;
	nodetask: WorkflowNodetask;
	batch: WorkflowContact[];
}

/**
 * Workflow instances: contacts enter the first node in the batch they were added with and walk
 * the template's nodes. A call node is a TaskStore task (so details, recordings and call ids are
 * the calling model's); a WABA node messages them; an API node pushes each contact. A contact that
 * leaves the last node is finished; stop, cancel and the end time change what happens next.
 */
export class WorkflowStore {
	private readonly instances = new Map<string, WorkflowInstance>();
	private readonly visitsByTask = new Map<string, NodeVisit>();
	private created = 0;
	private contactsMade = 0;

	constructor(
		private readonly clock: VirtualClock,
		private readonly random: SeededRandom,
		private readonly tasks: TaskStore,
		private readonly waba: WabaStore,
		private readonly events: WorkflowEvents,
	) {}

	create(input: NewWorkflow): WorkflowInstance {
		const sequence = ++this.created;
		const workflowId = this.random.hexId(32, 'workflow', sequence);
		const instance: WorkflowInstance = {
			workflowId,
			name: input.name,
			workflowName: input.workflowName,
			template: input.template,
			autoFinish: input.autoFinish,
			endsAt: input.endsAt,
			createdAt: this.clock.now(),
			status: workflowStatuses.running,
			contacts: [],
			nodetasks: input.template.nodes.map((node, index) => ({
				nodetaskId: this.random.hexId(24, 'nodetask', sequence, index),
				node,
				taskIds: [],
			})),
			pending: [],
		};
		this.instances.set(workflowId, instance);
		instance.pending.push(this.clock.schedule(input.endsAt - this.clock.now(), 'workflow end time', () => this.end(instance, workflowStatuses.finished)));
		this.events.statusChanged(instance);
		if (input.contacts.length > 0) this.addContacts(instance, input.contacts);
		return instance;
	}

	require(workflowId: string): WorkflowInstance {
		const instance = this.instances.get(workflowId);
		if (!instance) throw SandboxError.param(workflowIdField, `no workflow with id "${workflowId}"`, sandboxErrorCodes.workflowNotFound);
		return instance;
	}

	/** Newest first. */
	list(): WorkflowInstance[] {
		return [...this.instances.values()].reverse();
	}

	/** Adds contacts to a running workflow; they start at the first node as one batch. */
	addContacts(instance: WorkflowInstance, contacts: ContactInput[]): WorkflowContact[] {
		this.requireRunning(instance);
		if (instance.contacts.length + contacts.length > contactsPerWorkflow) {
			throw SandboxError.param(
				workflowContactCancel.fields.workflowId.wire,
				`a workflow holds at most ${contactsPerWorkflow} contacts (has ${instance.contacts.length}, adding ${contacts.length})`,
				sandboxErrorCodes.tooManyContacts,
			);
		}
		const batch = contacts.map((input): WorkflowContact => ({
			// Cheap and unique (a hash per contact would slow 1 000-contact uploads down).
			uuid: `${instance.workflowId.slice(0, 8)}${(++this.contactsMade).toString(16).padStart(24, '0')}`,
			callee: input.number,
			caseId: input.caseId,
			variables: { ...input.variables },
			addedAt: this.clock.now(),
			node: 0,
			visited: [],
			answered: false,
			cancelled: false,
			finished: false,
		}));
		instance.contacts.push(...batch);
		// The platform takes the list at once and starts dialling a moment later, as a clock event.
		instance.pending.push(this.clock.schedule(0, 'workflow contacts enter', () => this.enterNode(instance, 0, batch)));
		return batch;
	}

	/** Changes the variables of contacts matched by case id, else by number. */
	updateContacts(instance: WorkflowInstance, updates: ContactInput[]): WorkflowContact[] {
		const detailsField = workflowContactUpdate.fields.details.wire;
		return updates.map((update, index) => {
			const contact = this.findContact(instance, update.number, update.caseId);
			if (!contact) {
				const key = update.caseId ? `case_id "${update.caseId}"` : update.number;
				throw SandboxError.param(`${detailsField}[${index}]`, `no contact with ${key} in workflow "${instance.workflowId}"`, sandboxErrorCodes.calleeNotFound);
			}
			contact.variables = { ...contact.variables, ...update.variables };
			return contact;
		});
	}

	/** Ends the flow for one contact: its open call is cancelled and it visits no further node. */
	cancelContact(instance: WorkflowInstance, callee?: string, caseId?: string): WorkflowContact {
		const contact = this.findContact(instance, callee, caseId);
		const field = caseId ? workflowContactCancel.fields.caseId.wire : workflowContactCancel.fields.callee.wire;
		if (!contact) throw SandboxError.param(field, `no such contact in workflow "${instance.workflowId}"`, sandboxErrorCodes.calleeNotFound);
		if (contact.finished || contact.cancelled) {
			throw SandboxError.param(field, `the contact has already ${contact.cancelled ? 'been cancelled' : 'finished'}`, sandboxErrorCodes.callAlreadyEnded);
		}
		contact.cancelled = true;
		const current = contact.visited.at(-1);
		const task = current ? this.tasks.get(current.taskId) : undefined;
		if (task?.status === taskStatuses.running && task.calls.some((call) => call.callee === contact.callee && call.phase !== 'ended')) {
			this.tasks.cancelCall(task, contact.callee);
		}
		return contact;
	}

	stop(instance: WorkflowInstance): void {
		this.requireRunning(instance);
		this.end(instance, workflowStatuses.stopped);
	}

	findContact(instance: WorkflowInstance, callee?: string, caseId?: string): WorkflowContact | undefined {
		if (caseId) return instance.contacts.find((contact) => contact.caseId === caseId);
		return instance.contacts.find((contact) => contact.callee === callee);
	}

	/** Whether a TaskStore task is the outbound task of a workflow node (its events are ours). */
	visitOf(taskId: string): NodeVisit | undefined {
		return this.visitsByTask.get(taskId);
	}

	/** TaskStore hook: a call of a node's task ended. */
	onCallEnded(task: SandboxTask, call: SandboxCall): void {
		const visit = this.visitsByTask.get(task.taskId);
		const contact = visit?.batch.find((candidate) => candidate.callee === call.callee);
		if (!visit || !contact) return;
		if (call.status === callStatuses.answered) contact.answered = true;
		this.events.callFinished(visit.instance, visit.nodetask, contact, call);
	}

	/** TaskStore hook: a node's task ended, so its batch moves on. */
	onTaskEnded(task: SandboxTask): void {
		const visit = this.visitsByTask.get(task.taskId);
		if (visit) this.leaveNode(visit);
	}

	/** WabaStore hook: every message of a node's WABA task has its final status. */
	onWabaDone(visit: NodeVisit): void {
		this.leaveNode(visit);
	}

	clear(): void {
		for (const instance of this.instances.values()) for (const cancel of instance.pending) cancel();
		this.instances.clear();
		this.visitsByTask.clear();
		this.created = 0;
		this.contactsMade = 0;
	}

	private requireRunning(instance: WorkflowInstance): void {
		if (instance.status !== workflowStatuses.running) {
			throw SandboxError.param(workflowIdField, `workflow "${instance.workflowId}" is already ${instance.status}`, sandboxErrorCodes.taskAlreadyFinished);
		}
	}

	private enterNode(instance: WorkflowInstance, index: number, arriving: WorkflowContact[]): void {
		if (instance.status !== workflowStatuses.running) return;
		const live = arriving.filter((contact) => !contact.cancelled);
		if (index >= instance.nodetasks.length) {
			for (const contact of live) this.finishContact(instance, contact);
			return;
		}
		const nodetask = instance.nodetasks[index];
		const node = nodetask.node;
		const batch = node.onlyUnanswered ? live.filter((contact) => !contact.answered) : live;
		for (const contact of live) contact.node = index;
		const passing = live.filter((contact) => !batch.includes(contact));
		if (passing.length > 0) this.enterNode(instance, index + 1, passing);
		if (batch.length === 0) return;
		const visit: NodeVisit = { instance, nodetask, batch };
		if (node.kind === 'call') {
			const robot = sandboxRobots.find((candidate) => candidate.id === node.robotId) ?? sandboxRobots[0];
			const task = this.tasks.create({
				name: `${instance.name} - ${node.name}`,
				robot,
				callees: batch.map((contact) => ({ number: contact.callee, caseId: contact.caseId, variables: contact.variables })),
			});
			this.record(visit, task.taskId);
		} else if (node.kind === 'waba') {
			const wabaTask = this.waba.create(instance, nodetask, batch, () => this.onWabaDone(visit));
			this.record(visit, wabaTask.wabaTaskId);
		} else {
			this.record(visit, '');
			for (const contact of batch) this.events.apiNodePush(instance, nodetask, contact);
			instance.pending.push(this.clock.schedule(0, 'workflow api node', () => this.leaveNode(visit)));
		}
	}

	private record(visit: NodeVisit, taskId: string): void {
		if (taskId) {
			visit.nodetask.taskIds.push(taskId);
			this.visitsByTask.set(taskId, visit);
		}
		for (const contact of visit.batch) contact.visited.push({ nodetask: visit.nodetask, taskId });
	}

	private leaveNode(visit: NodeVisit): void {
		const index = visit.instance.nodetasks.indexOf(visit.nodetask);
		this.enterNode(visit.instance, index + 1, visit.batch);
	}

	private finishContact(instance: WorkflowInstance, contact: WorkflowContact): void {
		contact.finished = true;
		contact.node = instance.nodetasks.length;
		this.events.contactFinished(instance, contact);
		// auto_finish 1 (M): the workflow ends once every contact is through.
		if (instance.autoFinish === 1 && instance.contacts.every((candidate) => candidate.finished || candidate.cancelled)) {
			this.end(instance, workflowStatuses.finished);
		}
	}

	private end(instance: WorkflowInstance, status: WorkflowStatus): void {
		if (instance.status !== workflowStatuses.running) return;
		instance.status = status;
		for (const cancel of instance.pending) cancel();
		instance.pending = [];
		this.waba.stopAll(instance);
		for (const nodetask of instance.nodetasks) {
			for (const taskId of nodetask.taskIds) {
				const task = this.tasks.get(taskId);
				if (task?.status === taskStatuses.running) this.tasks.stop(task);
			}
		}
		this.events.statusChanged(instance);
	}
}
