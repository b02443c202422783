import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { inputError, textValue } from '../fields';
import { callingCodeOf } from './phonePlan';

/**
 * The country of numbers written the way people have them in a sheet ("0812-3456-7890"): such a
 * number becomes E.164 with that country's calling code, its trunk prefix dropped. Numbers that
 * already have a "+" (or "00") keep their own country.
 */

export const DEFAULT_COUNTRY_LABEL = 'Default Country';

export const defaultCountryProperty: INodeProperties = {
	displayName: DEFAULT_COUNTRY_LABEL,
	name: 'defaultCountry',
	type: 'string',
	default: '',
	placeholder: 'e.g. ID',
	description:
		'Two-letter country code (ISO 3166-1) for numbers written without a country code: with ID, 0812-3456-7890 becomes +6281234567890. Leave empty to accept E.164 numbers (+62...) only.',
};

/** The default country of an item, upper-cased; undefined when empty. An unknown code is refused. */
export function readDefaultCountry(context: IExecuteFunctions, itemIndex: number): string | undefined {
	const country = textValue(context, itemIndex, DEFAULT_COUNTRY_LABEL, context.getNodeParameter(defaultCountryProperty.name, itemIndex, ''))?.toUpperCase();
	if (country !== undefined && callingCodeOf(country) === undefined) {
		throw inputError(context, itemIndex, DEFAULT_COUNTRY_LABEL, `"${country}" is not a two-letter country code with a phone numbering plan (e.g. ID, US, GB)`);
	}
	return country;
}
