import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { endpoints } from '../../contract';
import { escapeHatchProperty } from '../common/escapeHatch';
import { readLocator, workflowLocator } from '../common/locators';
import { modeledNotice } from '../common/modeledNotice';
import { defineOperation } from '../common/operationModule';
import { singlePerItem } from '../common/single';
import { contactKeyProperties, readContactKeys } from '../common/workflowFields';

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
