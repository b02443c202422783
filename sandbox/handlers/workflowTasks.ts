// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { endpoints } from '../contract';
import { SandboxError, sandboxErrorCodes } from '../http/envelope';
import type { SandboxCall } from '../state/model';
import type { WorkflowInstance, WorkflowNodetask } from '../state/workflowModel';
import { paginate } from './paging';
import type { HandlerTable, SandboxWorld } from './types';

const { workflowTaskGetMany, workflowTaskGetDetails, workflowTaskGetDetailsInfoCheck, workflowCallGet, workflowCallGetById, workflowWabaGetDetails } =
	endpoints;

interface CallInWorkflow {
	instance: WorkflowInstance;
	nodetask: WorkflowNodetask;
	call: SandboxCall;
}

/** The workflow and node that own a call, found through the node's outbound task. */
function owner(world: SandboxWorld, call: SandboxCall): CallInWorkflow | undefined {
	const visit = world.workflows.visitOf(call.taskId);
	return visit ? { instance: visit.instance, nodetask: visit.nodetask, call } : undefined;
}

function callRow(world: SandboxWorld, found: CallInWorkflow): Record<string, unknown> {
	const infoCheck = world.tasks.get(found.call.taskId)?.robot.business === 'infoCheck';
	return world.workflowRows.call(found.instance, found.nodetask, found.call, infoCheck);
}

/** Every call of a workflow's outbound tasks, oldest first. */
function callsOf(world: SandboxWorld, instance: WorkflowInstance): CallInWorkflow[] {
	return instance.nodetasks.flatMap((nodetask) =>
		nodetask.taskIds.flatMap((taskId) => (world.tasks.get(taskId)?.calls ?? []).map((call) => ({ instance, nodetask, call }))),
	);
}

/** A node's outbound task, or the vendor's "task not found" for ids that are not one. */
function requireWorkflowTask(world: SandboxWorld, taskId: string, field: string) {
	const visit = world.workflows.visitOf(taskId);
	const task = world.tasks.get(taskId);
	if (!visit || !task) throw SandboxError.param(field, `no outbound task of a workflow with id "${taskId}"`, sandboxErrorCodes.taskNotFound);
	return { visit, task };
}

/** Ended calls of one outbound task as workflow call rows, a page at a time. */
function detailHandler(endpoint: typeof workflowTaskGetDetails | typeof workflowTaskGetDetailsInfoCheck) {
	return {
		kinds: { page: 'positiveInteger', size: 'positiveInteger' } as const,
		handle(world: SandboxWorld, { values }: { values: Record<string, unknown> }) {
			const { visit, task } = requireWorkflowTask(world, values.taskId as string, endpoint.fields.taskId.wire);
			const ended = task.calls.filter((call) => call.phase === 'ended');
			const row = (call: SandboxCall) => callRow(world, { instance: visit.instance, nodetask: visit.nodetask, call });
			return { data: paginate(endpoint, ended, values, row) };
		},
	};
}

/** Outbound tasks, their calls and recordings, and WABA tasks of workflows: all from live state. */
export const workflowTaskHandlers: HandlerTable = {
	workflowTaskGetMany: {
		kinds: {},
		handle(world, { values }) {
			const instance = world.workflows.require(values.workflowId as string);
			const nodetasks = instance.nodetasks.filter((nodetask) => nodetask.node.kind === 'call');
			if (values.nodetaskId !== undefined && !nodetasks.some((nodetask) => nodetask.nodetaskId === values.nodetaskId)) {
				throw SandboxError.param(workflowTaskGetMany.fields.nodetaskId.wire, `no call node task "${String(values.nodetaskId)}" in that workflow`);
			}
			const rows = nodetasks
				.filter((nodetask) => values.nodetaskId === undefined || nodetask.nodetaskId === values.nodetaskId)
				.flatMap((nodetask) => nodetask.taskIds.map((taskId) => world.workflowRows.task(nodetask, world.tasks.get(taskId)!)));
			return { data: rows };
		},
	},

	workflowTaskGetDetails: detailHandler(workflowTaskGetDetails),
	workflowTaskGetDetailsInfoCheck: detailHandler(workflowTaskGetDetailsInfoCheck),

	workflowCallGet: {
		kinds: { callee: 'phone' },
		handle(world, { values }) {
			const instances = values.workflowId !== undefined ? [world.workflows.require(values.workflowId as string)] : world.workflows.list();
			const calls = instances
				.flatMap((instance) => callsOf(world, instance))
				.filter(({ call }) => values.taskId === undefined || call.taskId === values.taskId)
				.filter(({ call }) => (values.caseId !== undefined ? call.caseId === values.caseId : call.callee === values.callee))
				.filter(({ call }) => call.phase === 'ended');
			if (calls.length === 0) throw SandboxError.param(workflowCallGet.fields.callee.wire, 'no ended call matches', sandboxErrorCodes.calleeNotFound);
			return { data: calls.map((found) => callRow(world, found)) };
		},
	},

	workflowCallGetById: {
		kinds: {},
		handle(world, { values }) {
			const call = world.tasks.findCall(values.callId as string);
			const found = call ? owner(world, call) : undefined;
			if (!found) throw SandboxError.param(workflowCallGetById.fields.callId.wire, `no workflow call with id "${String(values.callId)}"`, sandboxErrorCodes.callNotFound);
			return { data: callRow(world, found) };
		},
	},

	workflowCallGetRecordings: {
		kinds: { callee: 'phone' },
		handle(world, { values }) {
			const instance = world.workflows.require(values.workflowId as string);
			const recorded = callsOf(world, instance).filter(({ call }) => call.callee === values.callee && call.hasRecording);
			return { data: recorded.map((found) => callRow(world, found)) };
		},
	},

	workflowWabaGetMany: {
		kinds: {},
		handle(world, { values }) {
			const instance = world.workflows.require(values.workflowId as string);
			const rows = world.waba.ofWorkflow(instance.workflowId).map((task) => world.workflowRows.wabaTask(task, world.waba.statusOf(task.wabaTaskId) ?? ''));
			return { data: rows };
		},
	},

	workflowWabaGetDetails: {
		kinds: { page: 'positiveInteger', size: 'positiveInteger' },
		handle(world, { values }) {
			const task = world.waba.require(values.wabaTaskId as string);
			return { data: paginate(workflowWabaGetDetails, task.messages, values, (message) => world.workflowRows.message(task, message)) };
		},
	},
};
