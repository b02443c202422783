import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/workflow';
import { contactBatchingProperty } from '../../contacts/batches';
import { contactProperties } from '../../contacts/list';
import { createWithContacts } from '../../contacts/send';
import { defineOperationFields, escapeHatchProperty, modeledNotice } from '../../define';
import { readLocator, workflowTemplateLocator } from '../../fields';
import { readWorkflowTime, requiredTextProperty } from '../../sharedFields';
import { textValue } from '../../fields';

const endpoint = endpoints.workflowCreate;
const list = endpoint.contacts;
const addContacts = endpoints.workflowContactAdd;

export const { option, description } = defineOperationFields(
	endpoint,
	{
		name: 'Create',
		action: 'Create a workflow that calls and messages contacts',
		description: 'Start a workflow from a template: its steps call (AI robot) and message (WhatsApp) every contact',
	},
	[
		...modeledNotice(endpoint),
		workflowTemplateLocator,
		requiredTextProperty('name', 'Workflow Task Name', 'Name of the new workflow task', 'e.g. Reminder wave 2026-11-25'),
		{
			displayName: 'End Time',
			name: 'endTime',
			type: 'dateTime',
			default: '',
			required: true,
			description: 'When the workflow ends. Sent in AIRudder time (UTC+8), converted from the zone of the date you give.',
		},
		...contactProperties(list),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add field',
			default: {},
			options: [
				{ displayName: 'Auto Finish', name: 'autoFinish', type: 'number', default: 2, description: 'AIRudder’s auto-finish switch (their default is 2)' },
				{ displayName: 'Template Name', name: 'templateName', type: 'string', default: '' },
				{ displayName: 'Workflow Name', name: 'workflowName', type: 'string', default: '' },
			],
		},
		contactBatchingProperty(list, true),
		escapeHatchProperty(endpoint),
	],
);

/** The template ID is an integer on the wire (D). */
function readTemplateId(context: IExecuteFunctions, itemIndex: number): number {
	const id = readLocator(context, workflowTemplateLocator, itemIndex);
	if (!/^\d+$/.test(id)) {
		throw new NodeOperationError(context.getNode(), `Item ${itemIndex}, field "Workflow Template": "${id}" is not a template ID (a whole number)`, { itemIndex });
	}
	return Number(id);
}

/**
 * One workflow for all input items (or one per item with contacts typed in). More than 1 000
 * contacts: the first 1 000 create it, the rest are added to it in chunks.
 */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
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
				endpoint: addContacts,
				fields: (created) => ({ workflowId: created[endpoint.result.workflowId] }),
			},
			splitFields: (fields, index, count) => ({ ...fields, name: `${String(fields.name)} (${index + 1}/${count})` }),
		},
	);
}
