import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/workflow';
import { defineOperationFields, escapeHatchProperty, modeledNotice } from '../../define';
import { singlePerItem } from '../../engine';
import { readLocator, workflowLocator } from '../../fields';
import { contactKeyProperties, readContactKeys } from '../../sharedFields';

const endpoint = endpoints.workflowContactCancel;

export const { option, description } = defineOperationFields(
	endpoint,
	{
		name: 'Cancel',
		action: 'Cancel the remaining steps for a contact',
		description: 'Stop calling or messaging one contact of a workflow',
	},
	[
		...modeledNotice(endpoint),
		workflowLocator,
		...contactKeyProperties,
		escapeHatchProperty(endpoint),
	],
);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await singlePerItem.call(this, items, endpoint, (itemIndex) => ({
		workflowId: readLocator(this, workflowLocator, itemIndex),
		...readContactKeys(this, itemIndex),
	}));
}
