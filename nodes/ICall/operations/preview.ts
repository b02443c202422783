import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { placeFields } from '../api/client';
import type { Endpoint } from '../api/contract/types';

/**
 * What a preview shows of one request instead of sending it: the method, the path and the wire
 * fields where the client would place them (query, JSON body or form). The body is the plain one:
 * sealing for an encrypted account happens in the client, which a preview never reaches; the token
 * travels in a header, so no secret is in what is shown.
 */
export function previewRequest(endpoint: Endpoint, wire: IDataObject): IDataObject {
	return { preview: true, method: endpoint.method, path: endpoint.path, ...placeFields(endpoint, wire) };
}

/**
 * Stands in for the answer of a request a preview did not send (e.g. the ID of the workflow that
 * later chunks add to): every result field names where its value would come from.
 */
export function unsentAnswer(endpoint: Endpoint): IDataObject {
	return Object.fromEntries(Object.values(endpoint.result ?? {}).map((wire) => [wire, `<${wire} of the answer to the first request>`]));
}

/** Preview is one top-level switch, so an AI agent (or a person) finds it without opening options. */
export const previewProperty: INodeProperties = {
	displayName: 'Preview (Send Nothing)',
	name: 'preview',
	type: 'boolean',
	default: false,
	description:
		'Whether to run every check and output the requests that would be sent (method, path, exact body) and every contact left out with its reason, without sending anything, not even a login. Use it to answer "what would happen".',
};

/** Whether the run is a preview; read from the first item, as one run either sends or does not. */
export function isPreview(context: IExecuteFunctions): boolean {
	return context.getNodeParameter('preview', 0, false) === true;
}
