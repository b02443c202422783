import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { endpoints } from '../../contract';
import { escapeHatchProperty } from '../common/escapeHatch';
import { getManyPerItem } from '../common/getMany';
import { defineOperation } from '../common/operationModule';
import { pagingProperties } from '../common/paging';
import { readOptionalPhone } from '../common/phoneParameter';
import { readText, readWorkflowTime, textProperty } from '../common/workflowFields';

const endpoint = endpoints.workflowFindByContact;

const timeHint = 'Sent in AIRudder time (UTC+8), converted from the zone of the date you give';

export const { option, description } = defineOperation(
	endpoint,
	{ name: 'Find by Contact', action: 'Find the workflows of a contact', description: 'Look up workflow IDs by case ID or phone number' },
	[
		textProperty('callee', 'Phone Number', 'The contact’s number in E.164; give this or the case ID', '+6281234567890'),
		textProperty('caseId', 'Case ID', 'The case ID the contact was added with; give this or the phone number'),
		{ displayName: 'Added After', name: 'startTime', type: 'dateTime', default: '', required: true, description: timeHint },
		{ displayName: 'Added Before', name: 'endTime', type: 'dateTime', default: '', required: true, description: timeHint },
		...pagingProperties,
		escapeHatchProperty(endpoint),
	],
);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await getManyPerItem.call(this, items, endpoint, (itemIndex) => ({
		callee: readOptionalPhone(this, 'callee', 'Phone Number', itemIndex),
		caseId: readText(this, 'caseId', itemIndex),
		startTime: readWorkflowTime(this, 'startTime', 'Added After', itemIndex),
		endTime: readWorkflowTime(this, 'endTime', 'Added Before', itemIndex),
	}));
}
