import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/workflow';
import { defineOperationFields, escapeHatchProperty } from '../../define';
import { singlePerItem } from '../../engine';
import { phoneProperty, readLocator, readPhone, workflowLocator } from '../../fields';
import { readRequiredText, readText, requiredTextProperty, textProperty } from '../../sharedFields';

const endpoint = endpoints.workflowVerifyApiNodePush;

export const { option, description } = defineOperationFields(
	endpoint,
	{
		name: 'Verify API Node Push',
		action: 'Verify the data a custom API node pushes',
		description: 'See what a workflow’s custom API step sends for one contact',
	},
	[
		workflowLocator,
		requiredTextProperty('nodeId', 'API Node ID', 'ID of the custom API node in the workflow template', 'e.g. node-api-1'),
		phoneProperty('callee', 'Phone Number', 'The contact’s number in E.164'),
		textProperty('caseId', 'Case ID', 'The contact’s case ID, if it has one'),
		escapeHatchProperty(endpoint),
	],
);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await singlePerItem.call(this, items, endpoint, (itemIndex) => ({
		workflowId: readLocator(this, workflowLocator, itemIndex),
		nodeId: readRequiredText(this, 'nodeId', 'API Node ID', itemIndex),
		callee: readPhone(this, 'callee', 'Phone Number', itemIndex),
		caseId: readText(this, 'caseId', itemIndex, 'Case ID'),
	}));
}
