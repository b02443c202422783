import type { ILoadOptionsFunctions } from 'n8n-workflow';
import { endpoints as callingEndpoints, planRow, robotRow, strategyRow, taskListTypes, taskRow } from '../../api/contract/calling';
import { endpoints as workflowEndpoints } from '../../api/contract/workflow';
import { workflowRow, workflowTemplateRow } from '../../api/contract/workflowRows';
import { searchPaged } from '../listSearch';

export async function searchTasks(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	const query = { [callingEndpoints.taskGetMany.fields.type.wire]: taskListTypes.task };
	return await searchPaged(this, callingEndpoints.taskGetMany, query, { id: taskRow.taskId, name: taskRow.taskName }, filter, paginationToken);
}

export async function searchPlans(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	const query = { [callingEndpoints.taskGetMany.fields.type.wire]: taskListTypes.plan };
	return await searchPaged(this, callingEndpoints.taskGetMany, query, { id: planRow.planId, name: planRow.planName }, filter, paginationToken);
}

export async function searchRobots(this: ILoadOptionsFunctions, filter?: string) {
	return await searchPaged(this, callingEndpoints.robotGetMany, {}, { id: robotRow.robotId, name: robotRow.robotName }, filter);
}

export async function searchStrategies(this: ILoadOptionsFunctions, filter?: string) {
	const naming = { id: strategyRow.strategyId, name: strategyRow.strategyName };
	return await searchPaged(this, callingEndpoints.strategyGetMany, {}, naming, filter);
}

export async function searchWorkflows(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	const naming = { id: workflowRow.workflowId, name: workflowRow.workflowName };
	return await searchPaged(this, workflowEndpoints.workflowGetMany, {}, naming, filter, paginationToken);
}

export async function searchWorkflowTemplates(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	const naming = { id: workflowTemplateRow.templateId, name: workflowTemplateRow.templateName };
	return await searchPaged(this, workflowEndpoints.workflowTemplateGetMany, {}, naming, filter, paginationToken);
}
