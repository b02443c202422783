import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { endpoints } from '../../contract';
import { escapeHatchProperty } from '../common/escapeHatch';
import { readLocator, workflowLocator } from '../common/locators';
import { modeledNotice } from '../common/modeledNotice';
import { defineOperation } from '../common/operationModule';
import { readOptionalPhone } from '../common/phoneParameter';
import { singlePerItem } from '../common/single';
import { readText, textProperty } from '../common/workflowFields';

const endpoint = endpoints.workflowContactCancel;

export const { option, description } = defineOperation(
	endpoint,
	{
		name: 'Cancel',
		action: 'Cancel the remaining steps for a contact',
		description: 'Stop calling or messaging one contact of a workflow',
	},
	[
		...modeledNotice(endpoint),
		workflowLocator,
		textProperty('callee', 'Phone Number', 'The contact’s number in E.164; give this or the case ID', '+6281234567890'),
		textProperty('caseId', 'Case ID', 'The contact’s case ID; give this or the phone number'),
		escapeHatchProperty(endpoint),
	],
);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await singlePerItem.call(this, items, endpoint, (itemIndex) => ({
		workflowId: readLocator(this, 'workflow', itemIndex),
		callee: readOptionalPhone(this, 'callee', 'Phone Number', itemIndex),
		caseId: readText(this, 'caseId', itemIndex),
	}));
}
