import type { IExecuteFunctions } from 'n8n-workflow';
import { endpoints } from '../../api/contract/workflow';
import { workflowRow, workflowStatuses, workflowTemplateRow } from '../../api/contract/workflowRows';
import { contactBatchingProperty } from '../contacts/batches';
import { contactProperties } from '../contacts/list';
import { safeDialingProperties } from '../contacts/safeDialing';
import { createWithContacts } from '../contacts/send';
import { defineOperation, defineResource } from '../define';
import { oneResultEach, rowsEach } from '../engine';
import { inputError, pagingProperties, phoneProperty, readLocator, readPhone, textValue, workflowLocator, workflowTemplateLocator } from '../fields';
import { contactKeyProperties, readContactKeys, readRequiredText, readText, readWorkflowTime, requiredTextProperty, textProperty } from '../sharedFields';
import { toInstant } from '../time';

/** The template ID is an integer on the wire (D). */
function readTemplateId(context: IExecuteFunctions, itemIndex: number): number {
	const id = readLocator(context, workflowTemplateLocator, itemIndex);
	if (!/^\d+$/.test(id)) throw inputError(context, itemIndex, workflowTemplateLocator.displayName, `"${id}" is not a template ID (a whole number)`);
	return Number(id);
}

const create = defineOperation(
	endpoints.workflowCreate,
	{
		name: 'Create',
		action: 'Create a workflow that calls and messages real people (preview first to see who)',
		description: 'Start a workflow from a template: its steps call (AI robot) and message (WhatsApp) every real person on the list',
	},
	[
		workflowTemplateLocator,
		requiredTextProperty(
			'name',
			'Workflow Task Name',
			'The name AIRudder requires for this run of the template. Lists, call results and webhooks show it as the workflow’s name unless Additional Fields › Workflow Name gives another.',
			'e.g. Reminder wave 2026-11-25',
		),
		{
			displayName: 'End Time',
			name: 'endTime',
			type: 'dateTime',
			default: '',
			required: true,
			description: 'When the workflow ends. Sent in AIRudder time (UTC+8), converted from the zone of the date you give.',
		},
		...contactProperties(endpoints.workflowCreate.contacts),
		...safeDialingProperties(true),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Auto Finish',
					name: 'autoFinish',
					type: 'number',
					default: 2,
					description:
						'1 ends the workflow once every contact has been through all its steps; 2 (AIRudder’s default) keeps it running until the End Time. AIRudder does not document the values; this is our reading.',
				},
				{
					displayName: 'Template Name',
					name: 'templateName',
					type: 'string',
					default: '',
					description: 'The chosen template’s name, sent along with its ID (optional: the Workflow Template above chooses the template)',
				},
				{
					displayName: 'Workflow Name',
					name: 'workflowName',
					type: 'string',
					default: '',
					description: `A second, optional name: the one lists, call results and webhooks show as the workflow’s name (${workflowRow.workflowName}). Empty: they show the Workflow Task Name. AIRudder does not document how the two differ; this is our reading.`,
				},
			],
		},
		contactBatchingProperty(endpoints.workflowCreate.contacts, true),
	],
	/**
	 * One workflow for all input items (or one per item with contacts typed in). More than 1 000
	 * contacts: the first 1 000 create it, the rest are added to it in chunks.
	 */
	async function (items) {
		const endpoint = endpoints.workflowCreate;
		return await createWithContacts.call(
			this,
			items,
			endpoint,
			(itemIndex) => {
				const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as Record<string, unknown>;
				return {
					templateId: readTemplateId(this, itemIndex),
					// Text even when an expression gives a number: AIRudder refuses a name that is not a string.
					name: textValue(this, itemIndex, 'Workflow Task Name', this.getNodeParameter('name', itemIndex)),
					endTime: readWorkflowTime(this, 'endTime', 'End Time', itemIndex, { future: true }),
					templateName: textValue(this, itemIndex, 'Template Name', fields.templateName),
					workflowName: textValue(this, itemIndex, 'Workflow Name', fields.workflowName),
					autoFinish: fields.autoFinish,
				};
			},
			{
				continueWith: {
					endpoint: endpoints.workflowContactAdd,
					fields: (created) => ({ workflowId: created[endpoint.result.workflowId] }),
				},
				splitFields: (fields, index, count) => ({ ...fields, name: `${String(fields.name)} (${index + 1}/${count})` }),
				// A workflow starts at once and runs until its End Time, which carries AIRudder's offset.
				callWindow: (fields) => ({ start: Date.now(), end: toInstant(fields.endTime, 'UTC') }),
			},
		);
	},
);

const getMany = defineOperation(
	endpoints.workflowGetMany,
	{ name: 'Get Many', action: 'Get many workflows', description: 'List the workflows of your account, newest first' },
	[
		...pagingProperties,
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			default: '',
			options: [
				{ name: 'Any', value: '' },
				...Object.values(workflowStatuses).map((value) => ({ name: value.charAt(0).toUpperCase() + value.slice(1), value })),
			],
			description: 'Only workflows in this status',
		},
	],
	rowsEach((context, itemIndex) => ({ status: context.getNodeParameter('status', itemIndex, '') })),
);

const getSubtasks = defineOperation(
	endpoints.workflowGetSubtasks,
	{ name: 'Get Subtasks', action: 'Get the subtasks of a workflow', description: 'One item per step (node task) with the task it created' },
	[workflowLocator, ...pagingProperties],
	rowsEach((context, itemIndex) => ({ workflowId: readLocator(context, workflowLocator, itemIndex) })),
);

/** The search range; AIRudder refuses one whose start is not before its end, so it is refused here first. */
function readAddedRange(context: IExecuteFunctions, itemIndex: number) {
	const startTime = readWorkflowTime(context, 'startTime', 'Added After', itemIndex);
	const endTime = readWorkflowTime(context, 'endTime', 'Added Before', itemIndex);
	// Both are in the one workflow offset (+08:00), so they compare as text.
	if (startTime && endTime && startTime >= endTime) {
		throw inputError(context, itemIndex, 'Added Before', `${endTime} is not after Added After ${startTime}`);
	}
	return { startTime, endTime };
}

const findByContact = defineOperation(
	endpoints.workflowFindByContact,
	{ name: 'Find by Contact', action: 'Find the workflows of a contact', description: 'Look up workflow IDs by case ID or phone number' },
	[
		...contactKeyProperties,
		{
			displayName: 'Added After',
			name: 'startTime',
			type: 'dateTime',
			default: '',
			required: true,
			description: 'Only workflows the contact was added to from this time on. Sent in AIRudder time (UTC+8), converted from the zone of the date you give.',
		},
		{
			displayName: 'Added Before',
			name: 'endTime',
			type: 'dateTime',
			default: '',
			required: true,
			description: 'Only workflows the contact was added to up to this time. Sent in AIRudder time (UTC+8), converted from the zone of the date you give.',
		},
		...pagingProperties,
	],
	rowsEach((context, itemIndex) => ({
		...readContactKeys(context, itemIndex),
		...readAddedRange(context, itemIndex),
	})),
);

const stop = defineOperation(
	endpoints.workflowStop,
	{ name: 'Stop', action: 'Stop a workflow', description: 'End a workflow: no contact moves to a further step' },
	[workflowLocator],
	oneResultEach((context, itemIndex) => ({ workflowId: readLocator(context, workflowLocator, itemIndex) })),
);

const verifyApiNodePush = defineOperation(
	endpoints.workflowVerifyApiNodePush,
	{
		name: 'Verify API Node Push',
		action: 'Verify the data a custom API node pushes',
		description: 'See what a workflow’s custom API step sends for one contact',
	},
	[
		workflowLocator,
		requiredTextProperty(
			'nodeId',
			'API Node ID',
			`ID of the custom API node in the workflow’s template (a ${workflowTemplateRow.nodeId} from Workflow Template: Get Many)`,
			'e.g. node-api-1',
		),
		phoneProperty('callee', 'Phone Number', 'The contact’s number in E.164'),
		textProperty('caseId', 'Case ID', 'The contact’s case ID, if it has one'),
	],
	oneResultEach((context, itemIndex) => ({
		workflowId: readLocator(context, workflowLocator, itemIndex),
		nodeId: readRequiredText(context, 'nodeId', 'API Node ID', itemIndex),
		callee: readPhone(context, 'callee', 'Phone Number', itemIndex),
		caseId: readText(context, 'caseId', itemIndex, 'Case ID'),
	})),
);

export const workflow = defineResource('Workflow', [create, getMany, getSubtasks, findByContact, stop, verifyApiNodePush]);
