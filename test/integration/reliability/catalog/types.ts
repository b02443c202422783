// Test code never ships: the shape of one entry of the reliability catalog.
import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

/** IDs of things the fixture created, for cases that need a real task or plan. */
export interface CatalogIds {
	taskId: string;
	planId: string;
}

/** One malformed input a careful (or careless) user could give the node. */
export interface MalformedInput {
	/** "Resource: Operation", as the node shows it. */
	operation: string;
	what: string;
	parameters: (ids: CatalogIds) => INodeParameters;
	/** Input items (default: two empty items). */
	items?: INodeExecutionData[];
	/** The clear error: it must name the item and the field. */
	error: RegExp;
	/** Only AIRudder can tell (e.g. an unknown ID): requests are allowed. Default: checked locally, 0 requests. */
	needsAirudder?: boolean;
}

export function byId(value: string) {
	return { __rl: true, mode: 'id', value };
}

export function phones(...numbers: unknown[]): INodeExecutionData[] {
	return numbers.map((phone, index) => ({ json: { phone: phone as IDataObject[string], name: `Debtor ${index}` } }));
}

export const GOOD = ['+6281200000101', '+6281200000102'];
