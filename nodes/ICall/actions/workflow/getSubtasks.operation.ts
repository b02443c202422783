import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { endpoints } from '../../contract';
import { escapeHatchProperty } from '../common/escapeHatch';
import { getManyPerItem } from '../common/getMany';
import { readLocator, workflowLocator } from '../common/locators';
import { modeledNotice } from '../common/modeledNotice';
import { defineOperation } from '../common/operationModule';
import { pagingProperties } from '../common/paging';

const endpoint = endpoints.workflowGetSubtasks;

export const { option, description } = defineOperation(
	endpoint,
	{ name: 'Get Subtasks', action: 'Get the subtasks of a workflow', description: 'One item per step (node task) with the task it created' },
	[...modeledNotice(endpoint), workflowLocator, ...pagingProperties, escapeHatchProperty(endpoint)],
);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await getManyPerItem.call(this, items, endpoint, (itemIndex) => ({ workflowId: readLocator(this, workflowLocator, itemIndex) }));
}
