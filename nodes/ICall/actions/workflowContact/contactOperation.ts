import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { endpoints } from '../../contract';
import { contactBatchingProperty } from '../common/contactBatches';
import { contactProperties } from '../common/contactList';
import type { BatchingChoices } from '../common/createWithContacts';
import { createWithContacts } from '../common/createWithContacts';
import { escapeHatchProperty } from '../common/escapeHatch';
import { readLocator, workflowLocator } from '../common/locators';
import { modeledNotice } from '../common/modeledNotice';
import type { OperationCopy } from '../common/operationModule';
import { defineOperation } from '../common/operationModule';

type ContactEndpoint = typeof endpoints.workflowContactAdd | typeof endpoints.workflowContactUpdate;

/** Add and Update send a workflow's contact list the same way; they differ in endpoint and checks. */
export function contactListOperation(endpoint: ContactEndpoint, copy: OperationCopy, choices: Pick<BatchingChoices, 'checkList' | 'overLimitAdvice'> = {}) {
	const definition = defineOperation(endpoint, copy, [
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
