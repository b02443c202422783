// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { endpoints, roundRow } from '../contract';
import { SandboxError, sandboxErrorCodes } from '../http/envelope';
import type { ContactInput } from '../http/validation';
import { sandboxStrategies, strategyRowOf } from '../state/catalog';
import type { HandlerTable } from './types';

const { planCreate, planGetNumberRecordings } = endpoints;

/** Plans by strategy, their rounds and recordings, and the strategy list. */
export const planHandlers: HandlerTable = {
	strategyGetMany: {
		kinds: {},
		handle: () => ({ data: sandboxStrategies.map(strategyRowOf) }),
	},

	planCreate: {
		kinds: { contacts: 'contacts' },
		handle(world, { values }) {
			const strategy = sandboxStrategies.find((candidate) => candidate.id === values.strategyId);
			if (!strategy) {
				const known = sandboxStrategies.map((candidate) => candidate.id).join(', ');
				throw SandboxError.param(planCreate.fields.strategyId.wire, `unknown strategy "${String(values.strategyId)}" (known: ${known})`, sandboxErrorCodes.strategyNotFound);
			}
			const plan = world.plans.create({
				name: values.planName as string,
				strategy,
				callees: values.contacts as ContactInput[],
				sipLine: values.sipLine as string | undefined,
			});
			return { data: { [planCreate.result.planId]: plan.planId } };
		},
	},

	planGetStatus: {
		kinds: {},
		handle: (world, { values }) => ({ data: world.rows.plan(world.plans.require(values.planId as string)) }),
	},

	planGetRounds: {
		kinds: {},
		handle(world, { values }) {
			const plan = world.plans.require(values.planId as string);
			return { data: plan.rounds.map(({ round, taskId }) => world.rows.round(round, world.tasks.get(taskId))) };
		},
	},

	planCancelCall: {
		kinds: { calleeNumber: 'phone' },
		handle(world, { values }) {
			const plan = world.plans.require(values.planId as string);
			world.plans.cancelCall(plan, values.calleeNumber as string);
			return { data: world.rows.plan(plan) };
		},
	},

	planGetNumberRecordings: {
		kinds: { callee: 'phone' },
		handle(world, { values }) {
			const plan = world.plans.require(values.planId as string);
			const callee = values.callee as string;
			if (!plan.callees.some((candidate) => candidate.number === callee)) {
				throw SandboxError.param(planGetNumberRecordings.fields.callee.wire, `${callee} is not a callee of plan "${plan.planId}"`, sandboxErrorCodes.calleeNotFound);
			}
			const recorded = world.plans.callsOf(plan, callee).filter(({ call }) => call.hasRecording);
			return { data: recorded.map(({ round, call }) => ({ [roundRow.round]: round, ...world.rows.call(call) })) };
		},
	},
};
