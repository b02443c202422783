import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { endpoints, workflowStatuses } from '../../contract';
import { escapeHatchProperty } from '../common/escapeHatch';
import { getManyPerItem } from '../common/getMany';
import { modeledNotice } from '../common/modeledNotice';
import { defineOperation } from '../common/operationModule';
import { pagingProperties } from '../common/paging';

const endpoint = endpoints.workflowGetMany;

export const { option, description } = defineOperation(
	endpoint,
	{ name: 'Get Many', action: 'Get many workflows', description: 'List the workflows of your account, newest first' },
	[
		...modeledNotice(endpoint),
		...pagingProperties,
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			default: '',
			options: [
				{ name: 'Any', value: '' },
				...Object.values(workflowStatuses).map((value) => ({ name: value.charAt(0).toUpperCase() + value.slice(1), value })),
			],
			description: 'Only workflows in this status',
		},
		escapeHatchProperty(endpoint),
	],
);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await getManyPerItem.call(this, items, endpoint, (itemIndex) => ({ status: this.getNodeParameter('status', itemIndex, '') }));
}
