import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/workflow';
import { defineOperationFields, escapeHatchProperty, modeledNotice } from '../../define';
import { getManyPerItem } from '../../engine';
import { pagingProperties, readLocator, workflowLocator } from '../../fields';

const endpoint = endpoints.workflowWabaGetMany;

export const { option, description } = defineOperationFields(
	endpoint,
	{ name: 'Get Many', action: 'Get the WhatsApp tasks of a workflow', description: 'One item per WhatsApp (WABA) task the workflow’s steps created' },
	[...modeledNotice(endpoint), workflowLocator, ...pagingProperties, escapeHatchProperty(endpoint)],
);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await getManyPerItem.call(this, items, endpoint, (itemIndex) => ({ workflowId: readLocator(this, workflowLocator, itemIndex) }));
}
