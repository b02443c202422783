import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';
import { callEndpoint, envelopeData, placeFields } from '../../api/client';
import { endpoints as callingEndpoints, planRow, robotRow, strategyRow, taskListTypes, taskRow } from '../../api/contract/calling';
import type { Endpoint } from '../../api/contract/types';
import { endpoints as workflowEndpoints } from '../../api/contract/workflow';
import { workflowRow, workflowTemplateRow } from '../../api/contract/workflowRows';
import { rowsOf, totalOf } from '../../api/paging';

const PAGE_SIZE = 50;

interface RowNaming {
	id: string;
	name: string;
}

function toResults(rows: IDataObject[], naming: RowNaming, filter?: string): INodeListSearchItems[] {
	const needle = filter?.trim().toLowerCase();
	return rows
		.filter((row) => row[naming.id] !== undefined && row[naming.id] !== null)
		.map((row) => {
			const id = String(row[naming.id]);
			const name = row[naming.name] ? `${String(row[naming.name])} (${id})` : id;
			return { name, value: id };
		})
		.filter((result) => !needle || result.name.toLowerCase().includes(needle));
}

/** Lists one page of a paginated endpoint; the pagination token is the next page number. */
export async function searchPaged(
	context: ILoadOptionsFunctions,
	endpoint: Endpoint,
	fields: IDataObject,
	naming: RowNaming,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const paging = endpoint.pagination;
	const page = Number(paginationToken ?? 1);
	const allFields = paging ? { ...fields, [paging.page]: page, [paging.size]: PAGE_SIZE } : fields;
	const { body } = await callEndpoint.call(context, endpoint, placeFields(endpoint, allFields));
	const rows = rowsOf(envelopeData(body as IDataObject));
	const total = totalOf(body as IDataObject);
	const more = paging !== undefined && rows.length === PAGE_SIZE && (total === undefined || page * PAGE_SIZE < total);
	return { results: toResults(rows, naming, filter), paginationToken: more ? String(page + 1) : undefined };
}

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
