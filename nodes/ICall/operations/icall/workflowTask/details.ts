import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import type { endpoints } from '../../../api/contract/workflow';
import type { OperationCopy } from '../../define';
import { defineOperationFields, escapeHatchProperty, modeledNotice } from '../../define';
import { getManyPerItem } from '../../engine';
import { pagingProperties } from '../../fields';
import { readRequiredText, requiredTextProperty } from '../../sharedFields';

type DetailEndpoint = typeof endpoints.workflowTaskGetDetails | typeof endpoints.workflowTaskGetDetailsInfoCheck;

/** The two "outbound task details" operations differ only in endpoint and wording. */
export function detailOperation(endpoint: DetailEndpoint, copy: OperationCopy) {
	const definition = defineOperationFields(endpoint, copy, [
		...modeledNotice(endpoint),
		requiredTextProperty('taskId', 'Outbound Task ID', 'A task_id from Workflow Outbound Task: Get Many or a call webhook'),
		...pagingProperties,
		escapeHatchProperty(endpoint),
	]);
	async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		return await getManyPerItem.call(this, items, endpoint, (itemIndex) => ({
			taskId: readRequiredText(this, 'taskId', 'Outbound Task ID', itemIndex),
		}));
	}
	return { ...definition, execute };
}
