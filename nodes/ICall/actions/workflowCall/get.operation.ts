import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { endpoints } from '../../contract';
import { escapeHatchProperty } from '../common/escapeHatch';
import { optionalLocator, readOptionalLocator, workflowLocator } from '../common/locators';
import { getManyPerItem } from '../common/getMany';
import { modeledNotice } from '../common/modeledNotice';
import { defineOperation } from '../common/operationModule';
import { pagingProperties } from '../common/paging';
import { contactKeyProperties, readContactKeys, readText, textProperty } from '../common/workflowFields';

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
		...contactKeyProperties,
		optionalLocator(workflowLocator, 'workflowId', 'The workflow to look in; give this or the outbound task ID'),
		textProperty('taskId', 'Outbound Task ID', 'The outbound task to look in; give this or the workflow ID'),
		...pagingProperties,
		escapeHatchProperty(endpoint),
	],
);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await getManyPerItem.call(this, items, endpoint, (itemIndex) => ({
		...readContactKeys(this, itemIndex),
		workflowId: readOptionalLocator(this, 'workflowId', itemIndex, 'Workflow'),
		taskId: readText(this, 'taskId', itemIndex, 'Outbound Task ID'),
	}));
}
