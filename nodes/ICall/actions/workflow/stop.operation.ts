import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { endpoints } from '../../contract';
import { escapeHatchProperty } from '../common/escapeHatch';
import { readLocator, workflowLocator } from '../common/locators';
import { modeledNotice } from '../common/modeledNotice';
import { defineOperation } from '../common/operationModule';
import { singlePerItem } from '../common/single';

const endpoint = endpoints.workflowStop;

export const { option, description } = defineOperation(
	endpoint,
	{ name: 'Stop', action: 'Stop a workflow', description: 'End a workflow: no contact moves to a further step' },
	[...modeledNotice(endpoint), workflowLocator, escapeHatchProperty(endpoint)],
);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await singlePerItem.call(this, items, endpoint, (itemIndex) => ({ workflowId: readLocator(this, workflowLocator, itemIndex) }));
}
