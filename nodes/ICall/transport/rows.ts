import type { IDataObject } from 'n8n-workflow';

import { conventions } from '../contract';

function asRow(value: unknown): IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as IDataObject) : { value: value as string };
}

/**
 * Modeling rule 1: one row per element of `data` when it is an array, or of the single
 * array-valued property of `data` (e.g. `data.list`); otherwise `data` itself is the one row.
 */
export function rowsOf(data: unknown): IDataObject[] {
	if (data === undefined || data === null) return [];
	if (Array.isArray(data)) return data.map(asRow);
	if (typeof data === 'object') {
		const arrays = Object.values(data as IDataObject).filter(Array.isArray);
		if (arrays.length === 1) return (arrays[0] as unknown[]).map(asRow);
	}
	return [asRow(data)];
}

/** Modeling rule 2: a total may sit in `data` or beside it, under any of the known names. */
export function totalOf(body: IDataObject): number | undefined {
	const data = body[conventions.envelope.data];
	for (const holder of [data, body]) {
		if (typeof holder !== 'object' || holder === null || Array.isArray(holder)) continue;
		for (const key of conventions.totalKeys) {
			const value = Number((holder as IDataObject)[key]);
			if (Number.isInteger(value) && value >= 0) return value;
		}
	}
	return undefined;
}
