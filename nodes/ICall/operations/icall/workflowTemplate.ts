import { endpoints } from '../../api/contract/workflow';
import { defineOperation, defineResource } from '../define';
import { getManyPerItem } from '../engine';
import { pagingProperties } from '../fields';

const getMany = defineOperation(
	endpoints.workflowTemplateGetMany,
	{ name: 'Get Many', action: 'Get many workflow templates', description: 'List the templates built in the AIRudder console, newest first' },
	pagingProperties,
	async function (items) {
		return await getManyPerItem.call(this, items, endpoints.workflowTemplateGetMany);
	},
);

export const workflowTemplate = defineResource('Workflow Template', [getMany]);
