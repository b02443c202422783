// Test code never ships: the WhatsApp sends check locally first, never let a modeled answer block a
// good send, and preview without any request.
import * as catalog from '../../sandbox/state/chatbotCatalog';
import type { ICallFixture } from './icallFixture';
import { byId } from './icallFixture';
import { collectionAccount, contacts, reminderTemplate, startWhatsAppFixture } from './whatsappFixture';

let fx: ICallFixture;
beforeAll(async () => {
	fx = await startWhatsAppFixture();
});
afterAll(async () => await fx.sandbox.close());
afterEach(() => jest.restoreAllMocks());

const bulk = { resource: 'templateMessage', operation: 'send', wabaAccount: collectionAccount, template: reminderTemplate, language: 'en', contactsSource: 'items', phoneNumberField: 'phone', variablesFrom: 'selected', variableFields: 'name, amount, due_date' };
const single = { resource: 'templateMessage', operation: 'sendSingle', wabaAccount: collectionAccount, template: reminderTemplate, language: 'en', phoneNumber: '+6281300000300', variables: '{"name":"A"}' };

function requestsTo(): number {
	return Object.values(fx.sandbox.log.counts()).reduce((sum, count) => sum + count, 0);
}

/** AIRudder answers the template in a shape the node does not know: its variables under another key. */
function templatesAnswerUnlikeTheModel(): void {
	const original = catalog.templateRowOf;
	jest.spyOn(catalog, 'templateRowOf').mockImplementation((template) => {
		const { variables, ...row } = original(template);
		return { ...row, params: variables };
	});
}

describe('local checks first', () => {
	it('refuses a receiver without a number before reading the template', async () => {
		const items = contacts(3, 300);
		items[2].json.phone = '';
		const reads = fx.sandbox.log.count('templateGet');
		await expect(fx.run(bulk, items)).rejects.toThrow(/item 2, field "phone": is empty/);
		expect(fx.sandbox.log.count('templateGet')).toBe(reads);
		expect(fx.sandbox.log.count('templateMessageSend')).toBe(0);
	});
});

describe('checks built on modeled answers never block a good send', () => {
	it('Send goes on with a warning when the template answer is not understood', async () => {
		templatesAnswerUnlikeTheModel();
		const output = await fx.run(bulk, contacts(2, 310));
		expect(fx.sandbox.log.count('templateMessageSend')).toBe(1);
		expect(output[0].json.warnings).toEqual([expect.stringMatching(/^Check Against Template: the answer for template 41 has no list of variables \(variables\)/)]);
		expect(output[0].json.summary).toMatchObject({ sent: 2 });
	});

	it('Send Single goes on with a warning too; a variable the understood template needs still stops it', async () => {
		templatesAnswerUnlikeTheModel();
		const [sent] = await fx.run({ ...single, variables: '{"name":"A","amount":"1","due_date":"2026-12-15"}' });
		expect(sent.json.warnings).toHaveLength(1);
		expect(sent.json.msg_id).toEqual(expect.any(String));
		jest.restoreAllMocks();
		await expect(fx.run({ ...single, phoneNumber: '+6281300000301' })).rejects.toThrow(/lacks "amount", "due_date", which template 41 needs/);
	});
});

describe('Preview', () => {
	it('previews a bulk send, a single send and a message without any request; the template is not read', async () => {
		const before = requestsTo();
		const [bulkPreview] = await fx.run({ ...bulk, preview: true }, contacts(2, 320));
		expect(bulkPreview.json).toMatchObject({ preview: true, method: 'POST', contacts: 2, warnings: [expect.stringContaining('a preview sends no request')] });
		const [singlePreview] = await fx.run({ ...single, preview: true });
		expect(singlePreview.json).toMatchObject({ preview: true, body: { callee: '+6281300000300', template_id: '41' } });
		const [message] = await fx.run({ resource: 'message', operation: 'send', conversation: byId('conversation-1'), messageType: 'text', text: 'Hello', preview: true });
		expect(message.json).toMatchObject({ preview: true, method: 'POST', body: expect.objectContaining({ text: 'Hello' }) });
		expect(requestsTo()).toBe(before);
	});
});
