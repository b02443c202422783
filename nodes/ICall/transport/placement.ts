import type { IDataObject } from 'n8n-workflow';

import type { Endpoint } from '../contract';

/** Where an endpoint's wire fields travel; page fields included. */
export type FieldPlacement = { query: IDataObject } | { body: IDataObject } | { form: IDataObject };

/**
 * The one place that decides where fields go, from the endpoint alone: GET sends them in the
 * query string, a multipart endpoint as form fields, every other POST as its JSON body.
 */
export function placeFields(endpoint: Endpoint, fields: IDataObject): FieldPlacement {
	if (endpoint.method === 'GET') return { query: fields };
	if (endpoint.multipart) return { form: fields };
	return { body: fields };
}

/** The fields of a placement, wherever they sit. */
export function placedFields(placement: FieldPlacement): IDataObject {
	if ('query' in placement) return placement.query;
	if ('form' in placement) return placement.form;
	return placement.body;
}
