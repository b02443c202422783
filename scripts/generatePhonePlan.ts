// Dev tooling that never ships: writes the compact phone-plan table the node reads (npm run generate).
/* eslint-disable no-console, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { leadsSomeNumber, matchesSomeNumber } from './phonePlan/patternReach';
import type { NumberingPlan, PhoneMetadata, ZoneData } from './phonePlan/sources';
import { phoneMetadata, zoneData } from './phonePlan/sources';

/**
 * The table nodes/ICall/operations/contacts/phonePlan.ts reads: for each country its calling code,
 * trunk prefix, the lengths of the numbers people are called on (fixed line and mobile) and its time
 * zones; for each calling code that several countries share, which national prefixes belong to
 * which country. libphonenumber's metadata and the tz database are far too big to ship; this keeps
 * what the node needs, a few kilobytes.
 */

export const PHONE_PLAN_FILE = resolve(__dirname, '..', 'nodes', 'ICall', 'operations', 'contacts', 'phonePlan.data.ts');

/** The kinds of number libphonenumber tells apart; a country owns a number that is any of them. */
const NUMBER_TYPES = ['FIXED_LINE', 'MOBILE', 'TOLL_FREE', 'PREMIUM_RATE', 'PERSONAL_NUMBER', 'VOICEMAIL', 'UAN', 'PAGER', 'VOIP', 'SHARED_COST'];

/** The kinds of number a call or message goes to. */
const CALLED_TYPES = ['FIXED_LINE', 'MOBILE'];

const DIGITS = [...'0123456789'];

/** An area code of +1 has three digits; elsewhere a country is told apart within five. */
const prefixDepth = (callingCode: string) => (callingCode === '1' ? 3 : 5);

function lengthsOf(plan: NumberingPlan, types: string[]): number[] {
	const lengths = types.flatMap((name) => plan.type(name)?.possibleLengths() ?? []);
	return lengths.length > 0 ? lengths : plan.possibleLengths();
}

/**
 * Whether a number starting with `prefix` may belong to `country`, by libphonenumber's own rule: a
 * country with "leading digits" owns what starts with them; any other owns the numbers its patterns accept.
 */
function mayOwn(metadata: PhoneMetadata, country: string, prefix: string): boolean {
	const plan = metadata.planOf(country);
	const leading = plan.leadingDigits();
	if (leading) return leadsSomeNumber(leading, prefix, Math.max(...plan.possibleLengths()));
	return NUMBER_TYPES.some((name) => {
		const type = plan.type(name);
		return type !== undefined && type.possibleLengths().some((length) => matchesSomeNumber(type.pattern(), prefix, length));
	});
}

/**
 * The national prefixes of a shared calling code, each with the countries that may own it: a prefix
 * is lengthened digit by digit until the countries left ring in the same zones (or the depth ends,
 * and all that are left stay). Only the zones matter to the node, so Guernsey is not told from Britain.
 */
function prefixOwners(metadata: PhoneMetadata, callingCode: string, zonesOfCountry: (country: string) => string): Map<string, string[]> {
	const owners = new Map<string, string[]>();
	const ownersOf = (prefix: string, candidates: string[]) => candidates.filter((country) => mayOwn(metadata, country, prefix));
	const visit = (prefix: string, left: string[]) => {
		const settled = new Set(left.map(zonesOfCountry)).size === 1 || prefix.length === prefixDepth(callingCode);
		const children = settled ? [] : DIGITS.map((digit) => [`${prefix}${digit}`, ownersOf(`${prefix}${digit}`, left)] as const).filter(([, owners]) => owners.length > 0);
		// Where no next digit tells the countries apart (numbers all of them use), they all stay.
		if (settled || children.every(([, owners]) => owners.length === left.length)) owners.set(prefix, left);
		else for (const [child, childOwners] of children) visit(child, childOwners);
	};
	visit('', ownersOf('', metadata.callingCodes[callingCode]));
	return owners;
}

/** A country's zones (zone1970.tab: one name per clock, which several countries may share). */
function zonesOf(zones: ZoneData, country: string): string[] {
	return zones
		.zonesOf(country, false)
		.map((zone) => zone.name)
		.sort();
}

/** The source text of phonePlan.data.ts. */
export function phonePlanSource(): string {
	const metadata = phoneMetadata();
	const zones = zoneData();
	const zoneNames = new Set<string>();
	const countryZones = new Map<string, string[]>();
	const countries = Object.values(metadata.callingCodes).flat().sort();
	for (const country of countries) {
		const names = zonesOf(zones, country);
		countryZones.set(country, names);
		for (const name of names) zoneNames.add(name);
	}
	const zoneList = [...zoneNames].sort();
	const zoneIndex = new Map(zoneList.map((name, index) => [name, index.toString(36)]));
	const callingCodeOf = new Map(Object.entries(metadata.callingCodes).flatMap(([code, list]) => list.map((country) => [country, code] as const)));

	const countryRecords = countries.map((country) => {
		const plan = metadata.planOf(country);
		const lengths = lengthsOf(plan, CALLED_TYPES);
		const zoneRefs = countryZones.get(country)!.map((name) => zoneIndex.get(name)).join(',');
		return [country, callingCodeOf.get(country), plan.nationalPrefix() || '-', Math.min(...lengths), Math.max(...lengths), zoneRefs || '-'].join(' ');
	});
	const sharedRecords = Object.entries(metadata.callingCodes)
		.filter(([, list]) => list.length > 1)
		.map(([code]) => {
			const byCountry = new Map<string, string[]>();
			for (const [prefix, owners] of prefixOwners(metadata, code, (country) => countryZones.get(country)!.join(' '))) for (const owner of owners) byCountry.set(owner, [...(byCountry.get(owner) ?? []), prefix]);
			return `${code}=${[...byCountry].map(([country, prefixes]) => `${country}:${prefixes.join(',')}`).join('|')}`;
		});
	const nonGeographic = metadata.nonGeographicCodes.map((code) => {
		const lengths = metadata.planOf(code).possibleLengths();
		return `${code} ${Math.min(...lengths)} ${Math.max(...lengths)}`;
	});

	return [
		`// Generated by scripts/generatePhonePlan.ts (npm run generate) from ${metadata.version} and ${zones.version}; do not edit.`,
		'// The layout of each table is read, and explained, in phonePlan.ts.',
		'',
		`export const PLAN_SOURCES = '${metadata.version}, ${zones.version}';`,
		'',
		`export const ZONES = '${zoneList.join(' ')}';`,
		'',
		`export const COUNTRIES = '${countryRecords.join(';')}';`,
		'',
		`export const SHARED_CALLING_CODES = '${sharedRecords.join(';')}';`,
		'',
		`export const NON_GEOGRAPHIC_CODES = '${nonGeographic.join(';')}';`,
		'',
	].join('\n');
}

if (require.main === module) {
	writeFileSync(PHONE_PLAN_FILE, phonePlanSource());
	console.log(`wrote ${PHONE_PLAN_FILE}`);
}
