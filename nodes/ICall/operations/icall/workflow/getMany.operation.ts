import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/workflow';
import { workflowStatuses } from '../../../api/contract/workflowRows';
import { defineOperationFields, escapeHatchProperty, modeledNotice } from '../../define';
import { getManyPerItem } from '../../engine';
import { pagingProperties } from '../../fields';

const endpoint = endpoints.workflowGetMany;

export const { option, description } = defineOperationFields(
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
