// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { endpoints, workflowRow } from '../contract';
import { SandboxError, sandboxErrorCodes } from '../http/envelope';
import type { ContactInput } from '../http/validation';
import { parseClassicTime } from '../state/times';
import { sandboxWorkflowTemplates, templateRowOf } from '../state/workflowCatalog';
import { paginate } from './paging';
import type { HandlerTable } from './types';

const { workflowCreate, workflowTemplateGetMany, workflowGetMany, workflowFindByContact, workflowVerifyApiNodePush } = endpoints;

/** "YYYY-MM-DD HH:mm:ss+08:00" (validated) as epoch ms: the sandbox keeps classic times in UTC+8 too. */
function parseWorkflowTime(text: string): number {
	return parseClassicTime(text.slice(0, 19));
}

/** Workflow templates, instances and their contacts. Writes answer the changed row (the vendor's is unknown). */
export const workflowHandlers: HandlerTable = {
	workflowTemplateGetMany: {
		kinds: { page: 'positiveInteger', size: 'positiveInteger' },
		handle: (_world, { values }) => ({ data: paginate(workflowTemplateGetMany, [...sandboxWorkflowTemplates], values, templateRowOf) }),
	},

	workflowCreate: {
		kinds: { templateId: 'integer', autoFinish: 'integer', endTime: 'workflowTime', details: 'contacts' },
		handle(world, { values }) {
			const template = sandboxWorkflowTemplates.find((candidate) => candidate.id === values.templateId);
			if (!template) {
				const known = sandboxWorkflowTemplates.map((candidate) => candidate.id).join(', ');
				throw SandboxError.param(workflowCreate.fields.templateId.wire, `unknown template ${String(values.templateId)} (known: ${known})`, sandboxErrorCodes.templateNotFound);
			}
			const endsAt = parseWorkflowTime(values.endTime as string);
			if (endsAt <= world.clock.now()) {
				throw SandboxError.param(workflowCreate.fields.endTime.wire, `${String(values.endTime)} is not in the future`, sandboxErrorCodes.endTimePassed);
			}
			const instance = world.workflows.create({
				template,
				name: values.name as string,
				workflowName: values.workflowName as string | undefined,
				autoFinish: values.autoFinish as number | undefined,
				endsAt,
				contacts: (values.details as ContactInput[] | undefined) ?? [],
			});
			return { data: { [workflowCreate.result.workflowId]: instance.workflowId } };
		},
	},

	workflowContactAdd: {
		kinds: { details: 'contacts' },
		handle(world, { values }) {
			const instance = world.workflows.require(values.workflowId as string);
			const added = world.workflows.addContacts(instance, values.details as ContactInput[]);
			return { data: { ...world.workflowRows.instance(instance), added: added.length } };
		},
	},

	workflowContactUpdate: {
		kinds: { details: 'contacts' },
		handle(world, { values }) {
			const instance = world.workflows.require(values.workflowId as string);
			const updated = world.workflows.updateContacts(instance, values.details as ContactInput[]);
			return { data: { ...world.workflowRows.instance(instance), updated: updated.length } };
		},
	},

	workflowContactCancel: {
		kinds: { callee: 'phone' },
		handle(world, { values }) {
			const instance = world.workflows.require(values.workflowId as string);
			world.workflows.cancelContact(instance, values.callee as string | undefined, values.caseId as string | undefined);
			return { data: world.workflowRows.instance(instance) };
		},
	},

	workflowStop: {
		kinds: {},
		handle(world, { values }) {
			const instance = world.workflows.require(values.workflowId as string);
			world.workflows.stop(instance);
			return { data: world.workflowRows.instance(instance) };
		},
	},

	workflowGetMany: {
		kinds: { page: 'positiveInteger', size: 'positiveInteger' },
		handle(world, { values }) {
			const all = world.workflows.list().filter((instance) => values.status === undefined || instance.status === values.status);
			return { data: paginate(workflowGetMany, all, values, (instance) => world.workflowRows.instance(instance)) };
		},
	},

	workflowGetSubtasks: {
		kinds: {},
		handle(world, { values }) {
			const instance = world.workflows.require(values.workflowId as string);
			const status = (taskId: string) => world.tasks.get(taskId)?.status ?? world.waba.statusOf(taskId) ?? '';
			return { data: world.workflowRows.nodetasks(instance, status) };
		},
	},

	workflowFindByContact: {
		kinds: { callee: 'phone', startTime: 'workflowTime', endTime: 'workflowTime' },
		handle(world, { values }) {
			const from = parseWorkflowTime(values.startTime as string);
			const to = parseWorkflowTime(values.endTime as string);
			if (from > to) throw SandboxError.param(workflowFindByContact.fields.startTime.wire, 'must not be after end_time');
			const rows = world.workflows.list().flatMap((instance) => {
				const contact = world.workflows.findContact(instance, values.callee as string | undefined, values.caseId as string | undefined);
				if (!contact || contact.addedAt < from || contact.addedAt > to) return [];
				return [{ ...world.workflowRows.instance(instance), [workflowRow.workflowId]: instance.workflowId }];
			});
			return { data: rows };
		},
	},

	workflowVerifyApiNodePush: {
		kinds: { callee: 'phone' },
		handle(world, { values }) {
			const instance = world.workflows.require(values.workflowId as string);
			const nodetask = instance.nodetasks.find((candidate) => candidate.node.id === values.nodeId && candidate.node.kind === 'api');
			if (!nodetask) {
				throw SandboxError.param(workflowVerifyApiNodePush.fields.nodeId.wire, `workflow "${instance.workflowId}" has no custom API node "${String(values.nodeId)}"`);
			}
			const contact = world.workflows.findContact(instance, values.callee as string, values.caseId as string | undefined);
			if (!contact) throw SandboxError.param(workflowVerifyApiNodePush.fields.callee.wire, 'is not a contact of that workflow', sandboxErrorCodes.calleeNotFound);
			return { data: world.workflowRows.apiNodePush(instance, nodetask, contact) };
		},
	},
};
