import type { IDataObject } from 'n8n-workflow';

import { constantTimeEqual } from './constantTime';
import type { TokenCheckSettings } from './settings';

/**
 * AIRudder staff paste our URL into their console, so a secret inside that URL (or a header
 * they agree to send) is the one check we fully control (CONTRACT.md "Signatures and trust").
 */

export type CheckResult = { ok: true } | { ok: false; reason: string };

type Headers = Record<string, string | string[] | undefined>;

function firstValue(value: unknown): string | undefined {
	if (Array.isArray(value)) return firstValue(value[0]);
	return typeof value === 'string' ? value : undefined;
}

export function checkRequestToken(query: IDataObject, headers: Headers, settings: TokenCheckSettings): CheckResult {
	const fromQuery = settings.queryParameter ? firstValue(query[settings.queryParameter]) : undefined;
	const fromHeader = settings.headerName ? firstValue(headers[settings.headerName.toLowerCase()]) : undefined;
	// An empty value says nothing (a proxy may keep `?token=` with its value stripped): try the other place.
	const presented = fromQuery || fromHeader;
	const where = `query parameter "${settings.queryParameter}" or header "${settings.headerName}"`;
	if (presented === undefined || presented === '') {
		return { ok: false, reason: `Missing secret token: expected in the ${where}` };
	}
	if (!constantTimeEqual(presented, settings.expectedToken)) {
		return { ok: false, reason: `The secret token in the ${where} does not match` };
	}
	return { ok: true };
}

/** The headers without the one that carries the token, so the secret never reaches the output. */
export function headersWithoutToken(headers: Headers, headerName: string | undefined): IDataObject {
	const hidden = headerName?.toLowerCase();
	const kept: IDataObject = {};
	for (const [name, value] of Object.entries(headers)) {
		if (value !== undefined && name.toLowerCase() !== hidden) kept[name] = value;
	}
	return kept;
}

/** The query without the token parameter, for the same reason. */
export function queryWithoutToken(query: IDataObject, parameter: string | undefined): IDataObject {
	const kept: IDataObject = { ...query };
	if (parameter) delete kept[parameter];
	return kept;
}
