import { endpoints } from '../../api/contract/workflow';
import { defineOperation, defineResource } from '../define';
import { rowsEach } from '../engine';
import { pagingProperties } from '../fields';

const getMany = defineOperation(
	endpoints.workflowTemplateGetMany,
	{ name: 'Get Many', action: 'Get many workflow templates', description: 'List the templates built in the AIRudder console, newest first' },
	pagingProperties,
	rowsEach(),
);

export const workflowTemplate = defineResource('Workflow Template', [getMany]);
