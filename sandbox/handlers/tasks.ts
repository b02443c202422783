// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { conventions, endpoints, taskListTypes } from '../contract';
import { SandboxError, sandboxErrorCodes } from '../http/envelope';
import type { ContactInput } from '../http/validation';
import { robotRowOf, sandboxRobots } from '../state/catalog';
import { parseClassicTime } from '../state/times';
import { paginate } from './paging';
import type { HandlerTable, SandboxWorld } from './types';

const { taskCreate, taskGetMany, taskGet, callGet } = endpoints;

function findRobot(wire: string, id: unknown) {
	const robot = sandboxRobots.find((candidate) => candidate.id === id);
	if (!robot) {
		const known = sandboxRobots.map((candidate) => candidate.id).join(', ');
		throw SandboxError.param(wire, `unknown robot "${String(id)}" (known: ${known})`, sandboxErrorCodes.robotNotFound);
	}
	return robot;
}

/** The vendor's console rule for task names (D), enforced as the API would; uniqueness when the test asks for it. */
function checkTaskName(world: SandboxWorld, name: string): void {
	const { maxLength } = conventions.taskName;
	if (/\s/.test(name) || [...name].length > maxLength) {
		throw SandboxError.param(taskCreate.fields.taskName.wire, `must be at most ${maxLength} characters with no spaces, got "${name}"`);
	}
	if (world.rules.uniqueTaskNames && world.tasks.list().some((task) => task.planId === undefined && task.name === name)) {
		throw SandboxError.param(taskCreate.fields.taskName.wire, `a task named "${name}" already exists`);
	}
}

/** Tasks, their calls and the robot list. Writes answer the changed row (the vendor's is unknown). */
export const taskHandlers: HandlerTable = {
	taskCreate: {
		kinds: {
			contacts: 'contacts',
			scheduleStartTime: 'classicTime',
			scheduleEndTime: 'classicTime',
			repeatInterval: 'positiveInteger',
			repeatNumber: 'nonNegativeInteger',
			type: 'constant',
		},
		handle(world, { values }) {
			const robot = findRobot(taskCreate.fields.robotId.wire, values.robotId);
			const contacts = values.contacts as ContactInput[];
			contacts.forEach((contact, index) => {
				if (contact.robotId !== undefined) findRobot(`${taskCreate.fields.contacts.wire}[${index}].${taskCreate.contacts.entry.robotId}`, contact.robotId);
			});
			checkTaskName(world, values.taskName as string);
			const task = world.tasks.create({
				name: values.taskName as string,
				robot,
				callees: contacts,
				sipLine: values.sipLine as string | undefined,
				robotMethod: values.robotMethod as string | undefined,
				startAt: values.scheduleStartTime === undefined ? undefined : parseClassicTime(values.scheduleStartTime as string),
			});
			return { data: { [taskCreate.result.taskId]: task.taskId } };
		},
	},

	taskGetMany: {
		kinds: { page: 'positiveInteger', size: 'positiveInteger' },
		handle(world, { values }) {
			// Plans are listed through the same endpoint with the (modeled) plan type.
			if (values.type === taskListTypes.plan) {
				return { data: paginate(taskGetMany, world.plans.list(), values, (plan) => world.rows.plan(plan)) };
			}
			return { data: paginate(taskGetMany, world.tasks.list(), values, (task) => world.rows.task(task)) };
		},
	},

	taskGet: {
		kinds: { page: 'positiveInteger', size: 'positiveInteger' },
		handle(world, { values }) {
			const task = world.tasks.require(values.taskId as string);
			const ended = task.calls.filter((call) => call.phase === 'ended');
			return { data: paginate(taskGet, ended, values, (call) => world.rows.call(call)) };
		},
	},

	taskStop: {
		kinds: { action: 'constant' },
		handle(world, { values }) {
			const task = world.tasks.require(values.taskId as string);
			world.tasks.stop(task);
			return { data: world.rows.task(task) };
		},
	},

	taskCancelCall: {
		kinds: { calleeNumber: 'phone' },
		handle(world, { values }) {
			const task = world.tasks.require(values.taskId as string);
			world.tasks.cancelCall(task, values.calleeNumber as string);
			const call = task.calls.filter((candidate) => candidate.callee === values.calleeNumber).pop();
			return { data: call ? world.rows.call(call) : null };
		},
	},

	callGet: {
		kinds: {},
		handle(world, { values }) {
			const call = world.tasks.findCall(values.callId as string);
			if (!call) throw SandboxError.param(callGet.fields.callId.wire, `no call with id "${String(values.callId)}"`, sandboxErrorCodes.callNotFound);
			return { data: world.rows.call(call) };
		},
	},

	robotGetMany: {
		kinds: {},
		handle: () => ({ data: sandboxRobots.map(robotRowOf) }),
	},
};
