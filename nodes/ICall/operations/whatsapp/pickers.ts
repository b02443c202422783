import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { endpoints } from '../../api/contract/chatbot';
import { conversationRow, templateRow, wabaAccountRow } from '../../api/contract/chatbotModel';
import type { Endpoint } from '../../api/contract/types';
import { fetchRows } from '../../api/paging';
import { locator } from '../fields';
import { searchPaged } from '../listSearch';

const accountNaming = { id: wabaAccountRow.wabaAccountId, name: wabaAccountRow.name };

/** The WABA account chosen above the list being searched, if any. */
function chosenAccount(context: ILoadOptionsFunctions): string {
	// Read raw: extracting through the description needs the resource and operation, which a
	// picker opened on a half-filled form may not have yet.
	const raw = context.getCurrentNodeParameter('wabaAccount') as unknown;
	const value = typeof raw === 'object' && raw !== null ? (raw as { value?: unknown }).value : raw;
	return String(value ?? '').trim();
}

export async function searchWabaAccounts(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await searchPaged(this, endpoints.wabaAccountGetMany, {}, accountNaming, filter);
}

/**
 * Lists rows of an endpoint that takes a WABA account: of the account chosen above, or of every
 * account when none is chosen yet (first page of each).
 */
async function searchPerAccount(
	context: ILoadOptionsFunctions,
	endpoint: Endpoint,
	naming: { id: string; name: string },
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const accountWire = endpoint.fields.wabaAccountId.wire;
	const chosen = chosenAccount(context);
	if (chosen) return await searchPaged(context, endpoint, { [accountWire]: chosen }, naming, filter, paginationToken);
	const { rows } = await fetchRows.call(context, endpoints.wabaAccountGetMany);
	const results = [];
	for (const account of rows as IDataObject[]) {
		const accountId = account[wabaAccountRow.wabaAccountId];
		if (accountId === undefined || accountId === null) continue;
		results.push(...(await searchPaged(context, endpoint, { [accountWire]: String(accountId) }, naming, filter)).results);
	}
	return { results };
}

export async function searchTemplates(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	const naming = { id: templateRow.templateId, name: templateRow.name };
	return await searchPerAccount(this, endpoints.templateGetMany, naming, filter, paginationToken);
}

export async function searchConversations(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	const naming = { id: conversationRow.conversationId, name: conversationRow.callee };
	return await searchPerAccount(this, endpoints.conversationGetMany, naming, filter, paginationToken);
}

export const wabaAccountLocator = locator('wabaAccount', 'WABA Account', 'searchWabaAccounts', '1024');
export const templateLocator = locator('template', 'Template', 'searchTemplates', '35');
export const conversationLocator = locator('conversation', 'Conversation', 'searchConversations', 'a3f5c12a9b7e4d21');
