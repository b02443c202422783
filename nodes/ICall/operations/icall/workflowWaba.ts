import { endpoints } from '../../api/contract/workflow';
import { wabaTaskRow } from '../../api/contract/workflowRows';
import { defineOperation, defineResource } from '../define';
import { rowsEach } from '../engine';
import { pagingProperties, readLocator, workflowLocator } from '../fields';
import { readRequiredText, requiredTextProperty } from '../sharedFields';

const getMany = defineOperation(
	endpoints.workflowWabaGetMany,
	{ name: 'Get Many', action: 'Get the WhatsApp tasks of a workflow', description: 'One item per WhatsApp (WABA) task the workflow’s steps created' },
	[workflowLocator, ...pagingProperties],
	rowsEach((context, itemIndex) => ({ workflowId: readLocator(context, workflowLocator, itemIndex) })),
);

const getDetails = defineOperation(
	endpoints.workflowWabaGetDetails,
	{ name: 'Get Details', action: 'Get the messages of a workflow WhatsApp task', description: 'One item per message with its delivery status' },
	[
		requiredTextProperty('wabaTaskId', 'WhatsApp Task ID', `A ${wabaTaskRow.wabaTaskId} from Workflow WhatsApp Task: Get Many or a webhook`),
		...pagingProperties,
	],
	rowsEach((context, itemIndex) => ({
		wabaTaskId: readRequiredText(context, 'wabaTaskId', 'WhatsApp Task ID', itemIndex),
	})),
);

export const workflowWaba = defineResource('Workflow WhatsApp Task', [getMany, getDetails]);
