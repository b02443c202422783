import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { endpoints } from '../../contract';
import { escapeHatchProperty } from '../common/escapeHatch';
import { getManyPerItem } from '../common/getMany';
import { modeledNotice } from '../common/modeledNotice';
import { defineOperation } from '../common/operationModule';
import { pagingProperties } from '../common/paging';
import { readOptionalPhone } from '../common/phoneParameter';
import { readText, textProperty } from '../common/workflowFields';

const endpoint = endpoints.workflowCallGet;

export const { option, description } = defineOperation(
	endpoint,
	{
		name: 'Get',
		action: 'Get the calls of a contact in a workflow',
		description: 'Call results and recording links by phone number or case ID, within a workflow or one of its tasks',
	},
	[
		...modeledNotice(endpoint),
		textProperty('callee', 'Phone Number', 'The contact’s number in E.164; give this or the case ID', '+6281234567890'),
		textProperty('caseId', 'Case ID', 'The contact’s case ID; give this or the phone number'),
		textProperty('workflowId', 'Workflow ID', 'The workflow to look in; give this or the outbound task ID'),
		textProperty('taskId', 'Outbound Task ID', 'The outbound task to look in; give this or the workflow ID'),
		...pagingProperties,
		escapeHatchProperty(endpoint),
	],
);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await getManyPerItem.call(this, items, endpoint, (itemIndex) => ({
		callee: readOptionalPhone(this, 'callee', 'Phone Number', itemIndex),
		caseId: readText(this, 'caseId', itemIndex),
		workflowId: readText(this, 'workflowId', itemIndex),
		taskId: readText(this, 'taskId', itemIndex),
	}));
}
