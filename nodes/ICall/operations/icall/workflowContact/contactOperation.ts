import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import type { endpoints } from '../../../api/contract/workflow';
import { contactBatchingProperty } from '../../contacts/batches';
import { contactProperties } from '../../contacts/list';
import type { BatchingChoices } from '../../contacts/send';
import { createWithContacts } from '../../contacts/send';
import type { OperationCopy } from '../../define';
import { defineOperationFields, escapeHatchProperty, modeledNotice } from '../../define';
import { readLocator, workflowLocator } from '../../fields';

type ContactEndpoint = typeof endpoints.workflowContactAdd | typeof endpoints.workflowContactUpdate;

/** Add and Update send a workflow's contact list the same way; they differ in endpoint and checks. */
export function contactListOperation(endpoint: ContactEndpoint, copy: OperationCopy, choices: Pick<BatchingChoices, 'checkList' | 'overLimitAdvice'> = {}) {
	const definition = defineOperationFields(endpoint, copy, [
		...modeledNotice(endpoint),
		workflowLocator,
		...contactProperties(endpoint.contacts),
		contactBatchingProperty(endpoint.contacts, false),
		escapeHatchProperty(endpoint),
	]);
	async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		return await createWithContacts.call(this, items, endpoint, (itemIndex) => ({ workflowId: readLocator(this, workflowLocator, itemIndex) }), choices);
	}
	return { ...definition, execute };
}
