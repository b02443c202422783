import { endpoints } from '../../api/contract/workflow';
import { nodetaskRow, workflowTaskRow } from '../../api/contract/workflowRows';
import type { OperationCopy } from '../define';
import { defineOperation, defineResource } from '../define';
import { getManyPerItem, rowsEach } from '../engine';
import { pagingProperties, readLocator, workflowLocator } from '../fields';
import { readRequiredText, readText, requiredTextProperty, textProperty } from '../sharedFields';

const getMany = defineOperation(
	endpoints.workflowTaskGetMany,
	{ name: 'Get Many', action: 'Get the outbound tasks of a workflow', description: 'One item per calling task that the workflow’s call steps created' },
	[
		workflowLocator,
		textProperty('nodetaskId', 'Subtask ID', `Only the tasks of this step (a ${nodetaskRow.nodetaskId} from Workflow: Get Subtasks)`),
		...pagingProperties,
	],
	rowsEach((context, itemIndex) => ({
		workflowId: readLocator(context, workflowLocator, itemIndex),
		nodetaskId: readText(context, 'nodetaskId', itemIndex, 'Subtask ID'),
	})),
);

/** The two "outbound task details" operations differ only in endpoint and wording. */
function detailsOperation(endpoint: typeof endpoints.workflowTaskGetDetails | typeof endpoints.workflowTaskGetDetailsInfoCheck, copy: OperationCopy) {
	return defineOperation(
		endpoint,
		copy,
		[
			requiredTextProperty('taskId', 'Outbound Task ID', `A ${workflowTaskRow.taskId} from Workflow Outbound Task: Get Many or a call webhook`),
			...pagingProperties,
		],
		async function (items) {
			return await getManyPerItem.call(this, items, endpoint, (itemIndex) => ({
				taskId: readRequiredText(this, 'taskId', 'Outbound Task ID', itemIndex),
			}));
		},
	);
}

const getDetails = detailsOperation(endpoints.workflowTaskGetDetails, {
	name: 'Get Details',
	action: 'Get the calls of a workflow outbound task',
	description: 'One item per call (collection, telemarketing, e-commerce) with workflow, step and case ID',
});

const getDetailsInfoCheck = detailsOperation(endpoints.workflowTaskGetDetailsInfoCheck, {
	name: 'Get Details (Info Check)',
	action: 'Get the info check calls of a workflow outbound task',
	description: 'One item per info check call with its result',
});

export const workflowTask = defineResource('Workflow Outbound Task', [getMany, getDetails, getDetailsInfoCheck]);
