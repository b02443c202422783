// Test-only code: it never ships (package.json "files" is ["dist"]).
import type { IExecuteFunctions } from 'n8n-workflow';

import { findExcludedContacts } from '../../../nodes/ICall/operations/contacts/exclusions';

const numbers = ['+628123456789', '+442079460958', '+12125550100', '+6281200000001'];
const read = { sources: numbers.map((_, index) => index), numbers };

function contextWith(safeDialing: Record<string, unknown>): IExecuteFunctions {
	return { getNodeParameter: () => safeDialing, getNode: () => ({ name: 'AIRudder iCall' }) } as unknown as IExecuteFunctions;
}

function excluded(excludeNumbers: unknown): number[] {
	return [...findExcludedContacts(contextWith({ excludeNumbers }), [], read, 0).keys()].sort();
}

describe('Exclude Numbers', () => {
	it('normalises every written form a list may hold, like the contacts', () => {
		expect(excluded('+62 812-3456.789\n0044 (0)20 7946 0958; +1 (212) 555-0100')).toEqual([0, 1, 2]);
		expect(excluded(['+62 812 3456 789', '  +6281200000001  '])).toEqual([0, 3]);
	});

	it('matches nothing with text that is no E.164 number, and never reads "+0..." as another number', () => {
		expect(excluded('628123456789, +0628123456789, 08123456789, phone, , ;')).toEqual([]);
		// A bare number lost its "+" (a sheet made it a number): like a contact, it is no E.164 number.
		expect(excluded([628123456789])).toEqual([]);
	});

	it('refuses an object, or a list holding one, naming the field', () => {
		expect(() => excluded({ phone: '+628123456789' })).toThrow('Item 0, field "Exclude Numbers": must be text or a list of phone numbers, got an object');
		expect(() => excluded(['+628123456789', { phone: '+1' }])).toThrow('Item 0, field "Exclude Numbers": entry 1 is an object, not a phone number');
	});

	it('leaves out the items whose flag field is true in any of the ways sheets write it', () => {
		const items = ['TRUE', 'yes', 1, 'no'].map((flag) => ({ json: { dnc: flag } }));
		const flagged = findExcludedContacts(contextWith({ excludeWhenField: 'dnc' }), items, read, 0);
		expect([...flagged.keys()]).toEqual([0, 1, 2]);
	});
});
