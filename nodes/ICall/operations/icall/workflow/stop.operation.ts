import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/workflow';
import { defineOperationFields, escapeHatchProperty, modeledNotice } from '../../define';
import { singlePerItem } from '../../engine';
import { readLocator, workflowLocator } from '../../fields';

const endpoint = endpoints.workflowStop;

export const { option, description } = defineOperationFields(
	endpoint,
	{ name: 'Stop', action: 'Stop a workflow', description: 'End a workflow: no contact moves to a further step' },
	[...modeledNotice(endpoint), workflowLocator, escapeHatchProperty(endpoint)],
);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await singlePerItem.call(this, items, endpoint, (itemIndex) => ({ workflowId: readLocator(this, workflowLocator, itemIndex) }));
}
