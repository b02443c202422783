import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/workflow';
import { defineOperationFields, escapeHatchProperty, modeledNotice } from '../../define';
import { getManyPerItem } from '../../engine';
import { pagingProperties } from '../../fields';

const endpoint = endpoints.workflowTemplateGetMany;

export const { option, description } = defineOperationFields(
	endpoint,
	{ name: 'Get Many', action: 'Get many workflow templates', description: 'List the templates built in the AIRudder console, newest first' },
	[...modeledNotice(endpoint), ...pagingProperties, escapeHatchProperty(endpoint)],
);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await getManyPerItem.call(this, items, endpoint);
}
