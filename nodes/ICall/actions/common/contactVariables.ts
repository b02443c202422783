import type { IDataObject } from 'n8n-workflow';

import type { ContactList } from '../../contract';
import { reservedContactKeys, VARIABLES_AT_TOP_LEVEL } from '../../contract';
import { jsDateInstant, luxonIso } from '../../helpers/dateObject';

/**
 * The robot variables of a contact: what each value goes out as, and which values cannot go
 * (they are reported as contact problems before the first request, like a bad number).
 */

export function isAbsent(value: unknown): value is undefined | null {
	return value === undefined || value === null;
}

/** Why a variable's value cannot be sent (JSON would make NaN and Infinity null); undefined when it can. */
function unsendableVariable(value: unknown): string | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? undefined : `is ${value}, not a number AIRudder can take: send a number or text`;
	if (typeof value !== 'object' || value === null) return undefined;
	const instant = jsDateInstant(value);
	const invalid = instant !== undefined ? Number.isNaN(instant) : luxonIso(value) === null;
	return invalid ? 'is an invalid date' : undefined;
}

/**
 * One variable as sent: text, numbers and booleans as they are; a date (JS Date, Luxon DateTime) as
 * its ISO text, not JSON with quotes around it; other objects and lists as JSON text.
 */
function variableValue(value: unknown): unknown {
	if (typeof value === 'bigint') return String(value);
	if (typeof value !== 'object' || value === null) return value;
	const instant = jsDateInstant(value);
	// An invalid date is refused by the checks; it is only left as it is here so that nothing throws.
	if (instant !== undefined) return Number.isNaN(instant) ? value : new Date(instant).toISOString();
	return luxonIso(value) ?? JSON.stringify(value);
}

/** The variables of one contact, blanks left out. */
export function variableValues(source: IDataObject, skip: ReadonlySet<string>): Record<string, unknown> {
	const variables: Record<string, unknown> = {};
	for (const key of Object.keys(source)) {
		const value = source[key];
		if (isAbsent(value) || skip.has(key)) continue;
		variables[key] = variableValue(value);
	}
	return variables;
}

/** A variable named like one of the entry's top-level keys would overwrite the number, case or robot. */
const reservedByEntry = new WeakMap<ContactList['entry'], ReadonlySet<string>>();

/**
 * The entry's own keys a variable could overwrite, built once per list rather than once per contact
 * (100 000 contacts, one set). Variables nested under their own key (a workflow's `variables`)
 * share no level with the entry's keys, so none can clash.
 */
export function reservedKeysOf(entry: ContactList['entry']): ReadonlySet<string> {
	let reserved = reservedByEntry.get(entry);
	if (!reserved) {
		reserved = new Set(entry.variables === VARIABLES_AT_TOP_LEVEL ? reservedContactKeys(entry) : []);
		reservedByEntry.set(entry, reserved);
	}
	return reserved;
}

/** What checking a contact's variables found: names that clash with the entry's keys, values that cannot be sent. */
export interface VariableChecks {
	clashes?: string[];
	unsendable?: Array<[name: string, reason: string]>;
}

/**
 * Whether checkVariable could find anything: most values are text or finite numbers, which go as
 * they are unless their name clashes. This quick test keeps 100 000 contacts from paying for the
 * full check.
 */
export function needsCheck(reserved: ReadonlySet<string>, name: string, value: unknown): boolean {
	if (isAbsent(value)) return false;
	if (reserved.size > 0 && reserved.has(name)) return true;
	return typeof value === 'number' ? !Number.isFinite(value) : typeof value === 'object';
}

/**
 * Checks one variable; returns what was found so far, made only when something is found (a clean
 * contact, the usual case among 100 000, allocates nothing here).
 */
export function checkVariable(found: VariableChecks | undefined, reserved: ReadonlySet<string>, name: string, value: unknown): VariableChecks | undefined {
	if (isAbsent(value)) return found;
	const clashes = reserved.has(name);
	const reason = typeof value === 'number' || typeof value === 'object' ? unsendableVariable(value) : undefined;
	if (!clashes && !reason) return found;
	const checks = found ?? {};
	if (clashes) (checks.clashes ??= []).push(name);
	if (reason) (checks.unsendable ??= []).push([name, reason]);
	return checks;
}
