import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { Endpoint } from '../../contract';

function escapeHatchName(endpoint: Endpoint): { name: string; displayName: string } {
	if (endpoint.multipart) return { name: 'additionalFormFields', displayName: 'Additional Form Fields' };
	return endpoint.method === 'GET'
		? { name: 'additionalQueryParameters', displayName: 'Additional Query Parameters' }
		: { name: 'additionalBodyFields', displayName: 'Additional Body Fields' };
}

function placeOf(endpoint: Endpoint): string {
	if (endpoint.multipart) return 'multipart form (as text fields, sent before the file)';
	return endpoint.method === 'GET' ? 'query string' : 'request body';
}

/** Every operation lets the user add or overwrite any wire field; it is merged last. */
export function escapeHatchProperty(endpoint: Endpoint): INodeProperties {
	const { name, displayName } = escapeHatchName(endpoint);
	return {
		displayName,
		name,
		type: 'json',
		default: '{}',
		description: `JSON object merged last into the ${placeOf(endpoint)}: adds fields or overwrites the ones this node sets, using AIRudder's exact field names`,
	};
}

/** How a field set through the escape hatch is named in an error: "Additional Query Parameters › page_size". */
export function escapeHatchFieldLabel(endpoint: Endpoint, key: string): string {
	return `${escapeHatchName(endpoint).displayName} › ${key}`;
}

export function readEscapeHatch(context: IExecuteFunctions, endpoint: Endpoint, itemIndex: number): IDataObject {
	const { name, displayName } = escapeHatchName(endpoint);
	const raw = context.getNodeParameter(name, itemIndex, '{}') as unknown;
	return parseJsonObject(context, raw, displayName, itemIndex);
}

/** Accepts an object (from an expression) or JSON text; anything else is a clear error for that item. */
export function parseJsonObject(context: IExecuteFunctions, raw: unknown, fieldName: string, itemIndex: number): IDataObject {
	if (raw === undefined || raw === null || raw === '') return {};
	let value: unknown = raw;
	if (typeof raw === 'string') {
		try {
			value = JSON.parse(raw) as unknown;
		} catch (error) {
			throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: "${fieldName}" is not valid JSON (${(error as Error).message})`, {
				itemIndex,
			});
		}
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: "${fieldName}" must be a JSON object like {"Key": "value"}`, {
			itemIndex,
		});
	}
	return value as IDataObject;
}
