// Dev tooling that never ships: the two data packages the phone plan is generated from.
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Both packages are devDependencies, read through the small typed views below, so that the project
 * type-checks without their own type files and nothing of them reaches the shipped code.
 */

/** One kind of number of a country's plan (fixed line, mobile, ...). */
export interface NumberType {
	pattern(): string;
	possibleLengths(): number[];
}

/** libphonenumber-js's numbering plan of one country or non-geographic calling code. */
export interface NumberingPlan {
	possibleLengths(): number[];
	nationalNumberPattern(): string;
	leadingDigits(): string | undefined;
	nationalPrefix(): string | undefined;
	type(name: string): NumberType | undefined;
}

export interface PhoneMetadata {
	/** Calling code -> its countries, the main one first. */
	callingCodes: Record<string, string[]>;
	nonGeographicCodes: string[];
	planOf(countryOrCode: string): NumberingPlan;
	version: string;
}

/** The tz database's zones, each with the countries it serves (zone1970.tab) and the links to it. */
export interface ZoneRecord {
	name: string;
	countries: string[];
	aliasOf: string | null;
	deprecated?: boolean;
}

export interface ZoneData {
	countries(): string[];
	/** The zones of a country, with the link names (deprecated) when asked. */
	zonesOf(country: string, withLinks: boolean): ZoneRecord[];
	version: string;
}

const load = createRequire(__filename);

/** The version in the package.json of the package that `entry` belongs to. */
function versionOf(entry: string): string {
	let folder = dirname(load.resolve(entry));
	while (!folder.endsWith('node_modules')) {
		try {
			const { version } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version?: string };
			if (version) return version;
		} catch {
			// No package.json here: the package's own is further up.
		}
		folder = dirname(folder);
	}
	throw new Error(`no package.json found for ${entry}`);
}

/** libphonenumber's metadata (the "max" set: it has every kind of number with its pattern). */
export function phoneMetadata(): PhoneMetadata {
	const raw = load('libphonenumber-js/metadata.max.json') as { country_calling_codes: Record<string, string[]>; nonGeographic?: Record<string, unknown> };
	const { Metadata } = load('libphonenumber-js/core') as { Metadata: new (raw: unknown) => { selectNumberingPlan(key: string): void; numberingPlan: NumberingPlan } };
	const metadata = new Metadata(raw);
	return {
		callingCodes: raw.country_calling_codes,
		nonGeographicCodes: Object.keys(raw.nonGeographic ?? {}),
		planOf(key) {
			metadata.selectNumberingPlan(key);
			return metadata.numberingPlan;
		},
		version: `libphonenumber-js ${versionOf('libphonenumber-js/core')}`,
	};
}

/** The tz database's country-to-zone table, as countries-and-timezones ships it. */
export function zoneData(): ZoneData {
	const library = load('countries-and-timezones') as {
		getAllCountries(): Record<string, unknown>;
		getTimezonesForCountry(country: string, options: { deprecated: boolean }): ZoneRecord[] | null;
	};
	return {
		countries: () => Object.keys(library.getAllCountries()),
		zonesOf: (country, withLinks) => library.getTimezonesForCountry(country, { deprecated: withLinks }) ?? [],
		version: `countries-and-timezones ${versionOf('countries-and-timezones')}`,
	};
}
