import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { endpoints } from '../../contract';
import { escapeHatchProperty } from '../common/escapeHatch';
import { getManyPerItem } from '../common/getMany';
import { modeledNotice } from '../common/modeledNotice';
import { defineOperation } from '../common/operationModule';
import { pagingProperties } from '../common/paging';

const endpoint = endpoints.workflowTemplateGetMany;

export const { option, description } = defineOperation(
	endpoint,
	{ name: 'Get Many', action: 'Get many workflow templates', description: 'List the templates built in the AIRudder console, newest first' },
	[...modeledNotice(endpoint), ...pagingProperties, escapeHatchProperty(endpoint)],
);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await getManyPerItem.call(this, items, endpoint);
}
