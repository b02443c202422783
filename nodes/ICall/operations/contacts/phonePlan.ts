import { COUNTRIES, NON_GEOGRAPHIC_CODES, SHARED_CALLING_CODES, ZONES } from './phonePlan.data';

/**
 * What the node knows of the world's numbering plans: which country a number belongs to, the time
 * zones it may ring in, and how long its numbers are. The tables are generated at build time
 * (scripts/generatePhonePlan.ts) from libphonenumber's metadata and the tz database; their layout:
 * - ZONES: zone names, space-separated; the countries refer to them by position (base 36).
 * - COUNTRIES: `;`-separated `country callingCode trunkPrefix|- shortest longest zone,zone|-`, the
 *   lengths being those of fixed-line and mobile numbers (the ones a call or a message goes to).
 * - SHARED_CALLING_CODES: `code=country:prefix,prefix|country:...` for a calling code several
 *   countries share; the longest national prefix decides, and a prefix may name several countries.
 * - NON_GEOGRAPHIC_CODES: `code shortest longest` for the global services (+800, +882...).
 */

interface CountryPlan {
	country: string;
	callingCode: string;
	/** The digit(s) dialled before a national number inside the country ("0" in Indonesia); '' when none. */
	trunkPrefix: string;
	min: number;
	max: number;
	zones: string[];
}

const zoneNames = ZONES.split(' ');

const countries = new Map<string, CountryPlan>(
	COUNTRIES.split(';').map((record) => {
		const [country, callingCode, trunk, min, max, zones] = record.split(' ');
		const zoneList = zones === '-' ? [] : zones.split(',').map((ref) => zoneNames[parseInt(ref, 36)]);
		return [country, { country, callingCode, trunkPrefix: trunk === '-' ? '' : trunk, min: Number(min), max: Number(max), zones: zoneList }];
	}),
);

/** The countries of each calling code, and for a shared code the national prefixes of each. */
const countriesByCode = new Map<string, string[]>();
for (const plan of countries.values()) countriesByCode.set(plan.callingCode, [...(countriesByCode.get(plan.callingCode) ?? []), plan.country]);

const prefixOwners = new Map<string, Map<string, string[]>>(
	SHARED_CALLING_CODES.split(';').map((record) => {
		const [code, owners] = record.split('=');
		const byPrefix = new Map<string, string[]>();
		for (const entry of owners.split('|')) {
			const [country, prefixes] = entry.split(':');
			for (const prefix of prefixes.split(',')) byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), country]);
		}
		return [code, byPrefix];
	}),
);

const nonGeographicLengths = new Map(
	NON_GEOGRAPHIC_CODES.split(';').map((record) => {
		const [code, min, max] = record.split(' ');
		return [code, { min: Number(min), max: Number(max) }];
	}),
);

/** Calling codes have one to three digits, and no code is the start of another. */
const LONGEST_CALLING_CODE = 3;

/** The calling code and national part of an E.164 number ("+6281234" -> { callingCode: '62', national: '81234' }). */
export function splitCallingCode(e164: string): { callingCode: string; national: string } | undefined {
	if (!/^\+\d+$/.test(e164)) return undefined;
	for (let length = 1; length <= LONGEST_CALLING_CODE; length++) {
		const callingCode = e164.slice(1, 1 + length);
		if (countriesByCode.has(callingCode) || nonGeographicLengths.has(callingCode)) return { callingCode, national: e164.slice(1 + length) };
	}
	return undefined;
}

/**
 * The countries a national number of a calling code may belong to: the owners of its longest known
 * prefix where several countries share the code, and all of them where no prefix tells.
 */
function countriesOfNumber(callingCode: string, national: string): string[] {
	const all = countriesByCode.get(callingCode) ?? [];
	const owners = prefixOwners.get(callingCode);
	if (!owners) return all;
	for (let length = national.length; length >= 0; length--) {
		const found = owners.get(national.slice(0, length));
		if (found) return found;
	}
	return all;
}

/**
 * IANA zones the number may ring in: by country, with the area code deciding the country where one
 * calling code spans several (+1, +7); every zone of a multi-zone country; [] when unknown.
 */
export function timeZonesOf(e164: string): string[] {
	const split = splitCallingCode(e164);
	if (!split) return [];
	const zones = countriesOfNumber(split.callingCode, split.national).flatMap((country) => countries.get(country)?.zones ?? []);
	return [...new Set(zones)];
}

/** The calling code of an ISO 3166-1 alpha-2 country ("ID" -> "62"); undefined when unknown. */
export function callingCodeOf(country: string): string | undefined {
	return countries.get(country.toUpperCase())?.callingCode;
}

/** The digits dialled before a national number inside `country` ("0" in Indonesia); undefined when unknown. */
export function trunkPrefixOf(country: string): string | undefined {
	return countries.get(country.toUpperCase())?.trunkPrefix;
}

/** Shortest and longest national significant number of a calling code's numbering plan(s). */
export function nationalNumberLengths(callingCode: string): { min: number; max: number } | undefined {
	const nonGeographic = nonGeographicLengths.get(callingCode);
	if (nonGeographic) return nonGeographic;
	const plans = (countriesByCode.get(callingCode) ?? []).map((country) => countries.get(country)!);
	if (plans.length === 0) return undefined;
	return { min: Math.min(...plans.map((plan) => plan.min)), max: Math.max(...plans.map((plan) => plan.max)) };
}
