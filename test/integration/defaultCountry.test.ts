// Test code never ships: Default Country on Task: Create, through n8n-core against the sandbox over HTTP.
import type { ICallFixture } from './icallFixture';
import { byId, startFixture } from './icallFixture';

let fx: ICallFixture;

beforeAll(async () => {
	fx = await startFixture();
});
afterAll(async () => await fx.sandbox.close());

const robot = byId('robot-collection-01');
const fromItems = { resource: 'task', operation: 'create', robot, contactsSource: 'items', phoneNumberField: 'phone', variablesFrom: 'none' };

describe('Task: Create with a Default Country', () => {
	it('sends a sheet of Indonesian numbers as people write them in E.164, trunk 0 dropped', async () => {
		const before = fx.sandbox.log.count('taskCreate');
		await fx.run({ ...fromItems, taskName: 'Local_numbers', defaultCountry: 'ID' }, [
			{ json: { phone: '0812-3456-7890' } },
			{ json: { phone: '812 3456 7891' } },
			{ json: { phone: '+44 20 7946 0958' } },
		]);
		expect(fx.sandbox.log.count('taskCreate') - before).toBe(1);
		expect((fx.sandbox.log.last('taskCreate')!.body as { Details: unknown[] }).Details).toEqual([
			{ Mobile: '+6281234567890' },
			{ Mobile: '+6281234567891' },
			{ Mobile: '+442079460958' },
		]);
	});

	it('reads typed contacts in the country too, and accepts a short number its plan allows (Iceland)', async () => {
		await fx.run({ resource: 'task', operation: 'create', taskName: 'Typed_local', robot, contactsSource: 'list', defaultCountry: 'is', contacts: { contact: [{ phoneNumber: '412 3456' }] } }, [{ json: {} }]);
		expect((fx.sandbox.log.last('taskCreate')!.body as { Details: unknown[] }).Details).toEqual([{ Mobile: '+3544123456' }]);
	});

	it('without it, a national number is refused before any request, as before', async () => {
		const before = fx.sandbox.log.count('taskCreate');
		await expect(fx.run({ ...fromItems, taskName: 'No_country' }, [{ json: { phone: '0812-3456-7890' } }])).rejects.toThrow(/field "phone": "0812-3456-7890" is not an E.164 number/);
		expect(fx.sandbox.log.count('taskCreate')).toBe(before);
	});

	it('refuses an unknown country, naming the field, before any request', async () => {
		const before = fx.sandbox.log.count('taskCreate');
		await expect(fx.run({ ...fromItems, taskName: 'Bad_country', defaultCountry: 'Indonesia' }, [{ json: { phone: '0812-3456-7890' } }])).rejects.toThrow(
			/Item 0, field "Default Country": "INDONESIA" is not a two-letter country code/,
		);
		expect(fx.sandbox.log.count('taskCreate')).toBe(before);
	});
});
