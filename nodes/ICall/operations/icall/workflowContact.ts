import { endpoints } from '../../api/contract/workflow';
import { contactBatchingProperty } from '../contacts/batches';
import { fromNowOn } from '../contacts/hoursCheck';
import { contactProperties } from '../contacts/list';
import { safeDialingProperties } from '../contacts/safeDialing';
import type { BatchingChoices, ListCheck } from '../contacts/send';
import { createWithContacts } from '../contacts/send';
import type { OperationCopy } from '../define';
import { defineOperation, defineResource } from '../define';
import { oneResultEach } from '../engine';
import { previewProperty } from '../preview';
import { readLocator, workflowLocator } from '../fields';
import { contactKeyProperties, readContactKeys } from '../sharedFields';

/**
 * Add and Update send a workflow's contact list the same way; they differ in endpoint and checks.
 * `dials`: the contacts are called from now on, so the Calling Hours apply (Add, not Update).
 */
function contactListOperation(
	endpoint: typeof endpoints.workflowContactAdd | typeof endpoints.workflowContactUpdate,
	copy: OperationCopy,
	dials: boolean,
	choices: Pick<BatchingChoices, 'checkList' | 'overLimitAdvice'> = {},
) {
	const window: Pick<BatchingChoices, 'callWindow'> = dials ? { callWindow: fromNowOn } : {};
	return defineOperation(
		endpoint,
		copy,
		[workflowLocator, ...contactProperties(endpoint.contacts), ...safeDialingProperties(dials), contactBatchingProperty(endpoint.contacts, false)],
		async function (items) {
			return await createWithContacts.call(this, items, endpoint, (itemIndex) => ({ workflowId: readLocator(this, workflowLocator, itemIndex) }), { ...choices, ...window });
		},
	);
}

const add = contactListOperation(endpoints.workflowContactAdd, {
	name: 'Add',
	action: 'Add contacts to a workflow, who are then called and messaged (real people; preview first to see who)',
	description: 'Append contacts to a running workflow: they start at its first step, so its calls and messages reach these real people',
}, true);

const caseIdKey = endpoints.workflowContactUpdate.contacts.entry.caseId;

/**
 * AIRudder matches updated contacts by case ID, else by number (M). A list where some contacts
 * carry a case ID and others do not would match two ways at once, so those without are refused.
 */
const allOrNoCaseIds: ListCheck = (contacts) => {
	const refused = new Map<number, { field: string; reason: string }>();
	if (caseIdKey === undefined) return refused;
	// Each entry is built once here and dropped again: the check keeps positions, not entries.
	const withoutCase = contacts.sources.map((_, position) => position).filter((position) => contacts.entryAt(position)[caseIdKey] === undefined);
	const withCase = contacts.sources.length - withoutCase.length;
	if (withCase === 0 || withoutCase.length === 0) return refused;
	for (const position of withoutCase) {
		refused.set(position, {
			field: 'Case ID',
			reason: `is empty, but ${withCase} other contact(s) have one: contacts are matched by case ID, so give every contact its case ID (or none)`,
		});
	}
	return refused;
};

const update = contactListOperation(
	endpoints.workflowContactUpdate,
	{
		name: 'Update',
		action: 'Update the contacts of a workflow, changing what real people are told',
		description: 'Change the variables of contacts already in a workflow, matched by case ID (else by number): its next calls and messages use them',
	},
	false,
	{
		checkList: allOrNoCaseIds,
		// Updated contacts are already in the workflow, and it holds no more than `most`: the input mixes in others.
		overLimitAdvice: (most) => `Contacts to update must already be in this workflow, which holds at most ${most}: keep only this workflow's contacts in the input`,
	},
);

const cancel = defineOperation(
	endpoints.workflowContactCancel,
	{ name: 'Cancel', action: 'Cancel the remaining steps for a contact, who is then no longer called', description: 'Stop calling or messaging one real person in a workflow' },
	[workflowLocator, ...contactKeyProperties, previewProperty],
	oneResultEach((context, itemIndex) => ({
		workflowId: readLocator(context, workflowLocator, itemIndex),
		...readContactKeys(context, itemIndex),
	})),
);

export const workflowContact = defineResource('Workflow Contact', [add, update, cancel]);
