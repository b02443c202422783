import { endpoints } from '../../../api/contract/workflow';
import type { ListCheck } from '../../contacts/send';
import { contactListOperation } from './contactOperation';

const endpoint = endpoints.workflowContactUpdate;
const caseIdKey = endpoint.contacts.entry.caseId;

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

export const { option, description, execute } = contactListOperation(
	endpoint,
	{
		name: 'Update',
		action: 'Update the contacts of a workflow',
		description: 'Change the variables of contacts already in a workflow, matched by case ID (else by number)',
	},
	{
		checkList: allOrNoCaseIds,
		// Updated contacts are already in the workflow, and it holds no more than `most`: the input mixes in others.
		overLimitAdvice: (most) => `Contacts to update must already be in this workflow, which holds at most ${most}: keep only this workflow's contacts in the input`,
	},
);
