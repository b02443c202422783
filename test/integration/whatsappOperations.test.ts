// Test code never ships: every AIRudder WhatsApp operation through n8n-core against the sandbox, wire bodies checked.
import { ICallWhatsApp } from '../../nodes/ICall/ICallWhatsApp.node';
import { endpoints } from '../../sandbox/contract';
import type { ICallFixture } from './icallFixture';
import { byId } from './icallFixture';
import { collectionAccount, contacts, reminderTemplate, startWhatsAppFixture } from './whatsappFixture';

let fx: ICallFixture;

beforeAll(async () => {
	fx = await startWhatsAppFixture();
});
afterAll(async () => await fx.sandbox.close());

const wire = (id: keyof typeof endpoints) => {
	const entry = fx.sandbox.log.last(id);
	if (!entry) throw new Error(`no ${id} request was logged`);
	return entry;
};

/** A conversation the WhatsApp user opened by writing to the collection account. */
function userOpensConversation(callee = '+6281300000100', text = 'Hello, I want to pay'): { conversationId: string; msgId: string } {
	const { conversation, message } = fx.sandbox.chatbot.userWrites(callee, text);
	return { conversationId: conversation.conversationId, msgId: message.msgId };
}

describe('WABA account and template', () => {
	it('lists WABA accounts', async () => {
		const output = await fx.run({ resource: 'wabaAccount', operation: 'getMany', returnAll: true });
		expect(output.map((item) => item.json.waba_account_id)).toEqual(['waba-collection', 'waba-shop']);
		expect(wire('wabaAccountGetMany').method).toBe('GET');
	});

	it('lists the templates of an account, one item per template, with paging on the wire', async () => {
		const output = await fx.run({ resource: 'template', operation: 'getMany', wabaAccount: collectionAccount, returnAll: true });
		expect(output.map((item) => item.json.template_id)).toEqual(['35', '41']);
		expect(output[1].json).toMatchObject({ languages: ['en', 'id'], variables: ['name', 'amount', 'due_date'] });
		expect(wire('templateGetMany').query).toEqual({ waba_account_id: 'waba-collection', page: '1', page_size: '100' });
	});

	it('gets one template', async () => {
		const [item] = await fx.run({ resource: 'template', operation: 'get', template: reminderTemplate });
		expect(item.json.name).toBe('payment_reminder');
		expect(wire('templateGet').query).toEqual({ template_id: '41' });
	});

	it('finds accounts and templates for the pickers', async () => {
		const accounts = await fx.search('searchWabaAccounts');
		expect(accounts.results.map((r) => r.value)).toEqual(['waba-collection', 'waba-shop']);
		const ofAccount = await fx.search('searchTemplates', undefined, undefined, { resource: 'template', operation: 'getMany', wabaAccount: byId('waba-shop') });
		expect(ofAccount.results).toEqual([{ name: 'order_shipped (52)', value: '52' }]);
		const all = await fx.search('searchTemplates', 'reminder');
		expect(all.results.map((r) => r.value)).toEqual(['41']);
	});
});

describe('template message', () => {
	it('sends a single template with its variables', async () => {
		const [item] = await fx.run({
			resource: 'templateMessage',
			operation: 'sendSingle',
			wabaAccount: collectionAccount,
			template: reminderTemplate,
			language: 'id',
			phoneNumber: '+62 813 0000 0200',
			variables: '{"name": "Budi", "amount": 150000, "due_date": "2026-12-15"}',
		});
		expect(wire('templateMessageSendSingle').body).toEqual({
			waba_account_id: 'waba-collection',
			template_id: '41',
			language: 'id',
			callee: '+6281300000200',
			variables: { name: 'Budi', amount: '150000', due_date: '2026-12-15' },
		});
		expect(item.json.msg_id).toEqual(expect.any(String));
	});

	it('stops before sending when a variable the template needs is missing, naming item and field', async () => {
		const before = fx.sandbox.log.count('templateMessageSendSingle');
		await expect(
			fx.run(
				{ resource: 'templateMessage', operation: 'sendSingle', wabaAccount: collectionAccount, template: reminderTemplate, language: 'en', phoneNumber: '={{ $json.phone }}', variables: '={{ JSON.stringify($json.vars) }}' },
				[
					{ json: { phone: '+6281300000201', vars: { name: 'A', amount: '1', due_date: 'x' } } },
					{ json: { phone: '+6281300000202', vars: { name: 'B' } } },
				],
			),
		).rejects.toThrow(/Item 1, field "Variables \(JSON\)": lacks "amount", "due_date"/);
		expect(fx.sandbox.log.count('templateMessageSendSingle')).toBe(before);
	});

	it('refuses a template variable that is only spaces, before sending', async () => {
		const before = fx.sandbox.log.count('templateMessageSendSingle');
		const single = { resource: 'templateMessage', operation: 'sendSingle', wabaAccount: collectionAccount, template: byId('35'), language: 'en', phoneNumber: '+6281300000204' };
		await expect(fx.run({ ...single, variables: '{"name": "   "}' })).rejects.toThrow(/Item 0, field "Variables \(JSON\)": lacks "name", which template 35 needs/);
		expect(fx.sandbox.log.count('templateMessageSendSingle')).toBe(before);
	});

	it('stops before sending when the language is not approved', async () => {
		await expect(
			fx.run({ resource: 'templateMessage', operation: 'sendSingle', wabaAccount: collectionAccount, template: byId('35'), language: 'id', phoneNumber: '+6281300000203', variables: '{"name":"A"}' }),
		).rejects.toThrow(/Item 0, field "Language": template 35 is not approved in "id"/);
	});
});

describe('conversation and message', () => {
	it('lists conversations of an account with the time filter on the wire', async () => {
		const { conversationId } = userOpensConversation('+6281300000300');
		const output = await fx.run({
			resource: 'conversation',
			operation: 'getMany',
			wabaAccount: collectionAccount,
			returnAll: true,
			filters: { startTime: '2020-01-01T00:00:00', endTime: '2099-01-01T00:00:00' },
		});
		expect(output.map((item) => item.json.conversation_id)).toContain(conversationId);
		expect(wire('conversationGetMany').query).toMatchObject({ waba_account_id: 'waba-collection', start_time: '2020-01-01 00:00:00', end_time: '2099-01-01 00:00:00' });
	});

	it('sends a text, lists the messages and marks the user message read', async () => {
		const { conversationId, msgId } = userOpensConversation('+6281300000301', 'Can I pay tomorrow?');
		const [sent] = await fx.run({ resource: 'message', operation: 'send', conversation: byId(conversationId), messageType: 'text', text: 'Yes, until 17:00.' });
		expect(wire('messageSend').body).toEqual({ conversation_id: conversationId, type: 'text', text: 'Yes, until 17:00.' });
		expect(sent.json).toMatchObject({ sender_type: 'chatbot', status: 'sent' });

		const messages = await fx.run({ resource: 'message', operation: 'getMany', conversation: byId(conversationId), returnAll: true });
		expect(messages.map((item) => item.json.sender_type)).toEqual(['user', 'chatbot']);

		await fx.run({ resource: 'message', operation: 'markRead', conversation: byId(conversationId), messageId: msgId });
		expect(wire('messageMarkRead').body).toEqual({ conversation_id: conversationId, msg_id: msgId });
		expect(fx.sandbox.chatbot.conversation(conversationId)!.messages[0].status).toBe('read');
	});

	it('sends image by URL, document by file ID, and a location', async () => {
		const { conversationId } = userOpensConversation('+6281300000302');
		const conversation = byId(conversationId);
		await fx.run({ resource: 'message', operation: 'send', conversation, messageType: 'image', mediaSource: 'url', mediaUrl: 'https://example.com/a.png', mediaOptions: { caption: 'Your bill' } });
		expect(wire('messageSend').body).toEqual({ conversation_id: conversationId, type: 'image', media: { url: 'https://example.com/a.png', caption: 'Your bill' } });
		await fx.run({ resource: 'message', operation: 'send', conversation, messageType: 'location', latitude: -6.2607, longitude: 106.7816, locationOptions: { name: 'Branch Kemang' } });
		expect(wire('messageSend').body).toEqual({ conversation_id: conversationId, type: 'location', location: { lat: -6.2607, lng: 106.7816, name: 'Branch Kemang' } });
	});

	it('refuses content-less messages before any request, naming item and field', async () => {
		const { conversationId } = userOpensConversation('+6281300000303');
		const before = fx.sandbox.log.count('messageSend');
		const conversation = byId(conversationId);
		await expect(fx.run({ resource: 'message', operation: 'send', conversation, messageType: 'text', text: '  ' })).rejects.toThrow(/Item 0, field "Text": is empty: a text message needs it/);
		await expect(fx.run({ resource: 'message', operation: 'send', conversation, messageType: 'location' })).rejects.toThrow(/Item 0, field "Latitude": is 0, and so is "Longitude": a location message needs coordinates/);
		await expect(fx.run({ resource: 'message', operation: 'send', conversation, messageType: 'video', mediaSource: 'url', mediaUrl: '' })).rejects.toThrow(/Item 0, field "Media URL": is empty: a video message needs it/);
		expect(fx.sandbox.log.count('messageSend')).toBe(before);
	});

	it('refuses a Media URL that is not an http(s) link, before any request', async () => {
		const { conversationId } = userOpensConversation('+6281300000310');
		const before = fx.sandbox.log.count('messageSend');
		const image = { resource: 'message', operation: 'send', conversation: byId(conversationId), messageType: 'image', mediaSource: 'url' };
		for (const mediaUrl of ['not a url', 'ftp://example.com/a.png', 'https://', 'example.com/a.png', 'HTTPS://example.com/a.png', 'javascript:alert(1)']) {
			await expect(fx.run({ ...image, mediaUrl })).rejects.toThrow(/Item 0, field "Media URL": must be an http or https link/);
		}
		expect(fx.sandbox.log.count('messageSend')).toBe(before);
		await fx.run({ ...image, mediaUrl: ' https://example.com/a.png?size=2 ' });
		expect(wire('messageSend').body).toMatchObject({ media: { url: 'https://example.com/a.png?size=2' } });
	});

	it('reads coordinates as decimal numbers only, within their range', async () => {
		const { conversationId } = userOpensConversation('+6281300000311');
		const before = fx.sandbox.log.count('messageSend');
		const location = { resource: 'message', operation: 'send', conversation: byId(conversationId), messageType: 'location', longitude: 106.78 };
		for (const latitude of ['0x10', '1e1', 'Infinity', '12,5', '-', '']) {
			await expect(fx.run({ ...location, latitude })).rejects.toThrow(/Item 0, field "Latitude": must be a decimal number/);
		}
		await expect(fx.run({ ...location, latitude: '-90.5' })).rejects.toThrow(/Item 0, field "Latitude": must be between -90 and 90, got -90.5/);
		await expect(fx.run({ ...location, latitude: 1, longitude: '180.01' })).rejects.toThrow(/Item 0, field "Longitude": must be between -180 and 180/);
		expect(fx.sandbox.log.count('messageSend')).toBe(before);
		await fx.run({ ...location, latitude: ' -6.2607 ', longitude: '+106.7816' });
		expect(wire('messageSend').body).toMatchObject({ location: { lat: -6.2607, lng: 106.7816 } });
	});

	it('answers a transfer request, then lists only the agent phase', async () => {
		const { conversationId } = userOpensConversation('+6281300000304', 'I want a human');
		fx.sandbox.chatbot.requestTransfer(conversationId);
		await fx.run({ resource: 'conversation', operation: 'transferResult', conversation: byId(conversationId), transferResult: 'accepted', seatId: 'seat-7' });
		expect(wire('conversationTransferResult').body).toEqual({ conversation_id: conversationId, result: 'accepted', seat_id: 'seat-7' });
		fx.sandbox.chatbot.userWrites('+6281300000304', 'Thanks, agent');
		const agentOnly = await fx.run({ resource: 'message', operation: 'getMany', conversation: byId(conversationId), agentPhase: true, returnAll: true });
		expect(wire('messageGetMany').query).toMatchObject({ conversation_id: conversationId, phase: 'agent' });
		expect(agentOnly.map((item) => item.json.text)).toEqual(['Thanks, agent']);
	});

	it('ends a session, then reports on it', async () => {
		const { conversationId } = userOpensConversation('+6281300000305');
		const [ended] = await fx.run({ resource: 'conversation', operation: 'end', conversation: byId(conversationId) });
		expect(wire('conversationEnd').body).toEqual({ conversation_id: conversationId });
		expect(ended.json.status).toBe('closed');
		await fx.run({ resource: 'conversation', operation: 'report', conversation: byId(conversationId), report: '{"result": "promised to pay"}' });
		expect(wire('conversationReport').body).toEqual({ conversation_id: conversationId, report: { result: 'promised to pay' } });
		expect(fx.sandbox.chatbot.conversation(conversationId)!.report).toEqual({ result: 'promised to pay' });
	});

	it('passes the vendor error through when the conversation has ended', async () => {
		const { conversationId } = userOpensConversation('+6281300000306');
		fx.sandbox.chatbot.endSession(conversationId);
		await expect(fx.run({ resource: 'message', operation: 'send', conversation: byId(conversationId), messageType: 'text', text: 'Hi' })).rejects.toThrow(
			/AIRudder error 10545: conversation_id: conversation ".*" has ended/,
		);
	});

	it('under Continue On Fail gives every item an output: sent, refused before sending, refused by AIRudder', async () => {
		const open = userOpensConversation('+6281300000308').conversationId;
		const ended = userOpensConversation('+6281300000309').conversationId;
		fx.sandbox.chatbot.endSession(ended);
		const before = fx.sandbox.log.count('messageSend');
		const output = await fx.run(
			{ resource: 'message', operation: 'send', conversation: { __rl: true, mode: 'id', value: '={{ $json.id }}' }, messageType: 'text', text: '={{ $json.text }}' },
			[{ json: { id: open, text: 'Hello' } }, { json: { id: open, text: '' } }, { json: { id: ended, text: 'Too late' } }],
			true,
		);
		expect(fx.sandbox.log.count('messageSend') - before).toBe(2);
		expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(output[0].json).toMatchObject({ text: 'Hello', sender_type: 'chatbot' });
		expect(output[1].json.error).toMatch(/Item 1, field "Text": is empty: a text message needs it/);
		expect(output[2].json.error).toMatch(/AIRudder error 10545/);
	});

	it('lets Additional Body Fields overwrite a wire field', async () => {
		const { conversationId } = userOpensConversation('+6281300000307');
		await fx.run({ resource: 'message', operation: 'send', conversation: byId(conversationId), messageType: 'text', text: 'a', additionalBodyFields: '{"text": "b", "preview_url": true}' });
		expect(wire('messageSend').body).toEqual({ conversation_id: conversationId, type: 'text', text: 'b', preview_url: true });
		expect(wire('messageSend').unknownFields).toEqual(['preview_url']);
	});
});

describe('template message: bulk send', () => {
	it('says that the Language of the first item serves every receiver read from input items', () => {
		const languages = new ICallWhatsApp().description.properties.filter((property) => property.name === 'language');
		const ofBulk = languages.find((property) => property.displayOptions?.show?.operation?.includes('send'));
		expect(ofBulk?.description).toMatch(/"From Input Items", it is read once, from the first item, for every receiver/);
	});

	it('speaks of receivers and template variables in its contact fields, never of the voice robot', () => {
		const ofBulk = new ICallWhatsApp().description.properties.filter((property) => property.displayOptions?.show?.resource?.includes('templateMessage'));
		const copy = JSON.stringify(ofBulk);
		expect(copy).not.toMatch(/robot/i);
		expect(copy).toMatch(/Every other input field becomes a template variable/);
		expect(copy).toMatch(/nobody gets the message twice/);
	});

	const send = { resource: 'templateMessage', operation: 'send', wabaAccount: collectionAccount, template: reminderTemplate, language: 'en', phoneNumberField: 'phone', caseIdField: 'loanId' };

	it('sends a spreadsheet of receivers in chunks, one output item per chunk, paired with its rows', async () => {
		const before = fx.sandbox.log.count('templateMessageSend');
		const output = await fx.run({ ...send, contactBatching: { contactsPerRequest: 2 } }, contacts(5));
		expect(fx.sandbox.log.count('templateMessageSend') - before).toBe(3);
		const bodies = fx.sandbox.log.forEndpoint('templateMessageSend').slice(before).map((entry) => entry.body as Record<string, unknown>);
		expect(bodies[0]).toEqual({
			waba_account_id: 'waba-collection',
			template_id: '41',
			language: 'en',
			receivers: [
				{ callee: '+628130000000', case_id: 'L0', variables: { name: 'Contact 0', amount: '200000', due_date: '2026-12-15' } },
				{ callee: '+628130000001', case_id: 'L1', variables: { name: 'Contact 1', amount: '200001', due_date: '2026-12-15' } },
			],
		});
		expect(bodies.map((body) => (body.receivers as unknown[]).length)).toEqual([2, 2, 1]);
		expect(output.map((item) => item.json.batch)).toEqual(['chunk 1/3', 'chunk 2/3', 'chunk 3/3']);
		expect(output.map((item) => item.json.contacts)).toEqual([2, 2, 1]);
		expect(output[2].pairedItem).toEqual([{ item: 4 }]);
		expect(output.every((item) => typeof item.json.batch_id === 'string')).toBe(true);
	});

	it('resolves each receiver on the clock, posts the template result, and Get Result reads it', async () => {
		const [sent] = await fx.run(send, [...contacts(2, 10), { json: { phone: '+6281300000019', loanId: 'L19', name: 'No WA', amount: '1', due_date: 'x' } }]);
		const batchId = String(sent.json.batch_id);
		const [pending] = await fx.run({ resource: 'templateMessage', operation: 'getResult', batchId });
		expect((pending.json.results as Array<Record<string, unknown>>).map((r) => r.status)).toEqual(['pending', 'pending', 'pending']);
		await fx.sandbox.clock.advance(1_000);
		const [done] = await fx.run({ resource: 'templateMessage', operation: 'getResult', batchId });
		expect(fx.sandbox.log.last('templateMessageGetResult')!.query).toEqual({ batch_id: batchId });
		const results = done.json.results as Array<Record<string, unknown>>;
		expect(results.map((r) => [r.callee, r.case_id, r.status])).toEqual([
			['+628130000010', 'L10', 'sent'],
			['+628130000011', 'L11', 'sent'],
			['+6281300000019', 'L19', 'failed'],
		]);
	});

	it('stops before sending when a receiver lacks a variable the template needs, naming the item', async () => {
		const before = fx.sandbox.log.count('templateMessageSend');
		const rows = contacts(3, 20);
		delete rows[1].json.amount;
		await expect(fx.run(send, rows)).rejects.toThrow(/item 1, field "Variables": lacks "amount", which the template needs/);
		expect(fx.sandbox.log.count('templateMessageSend')).toBe(before);
		const output = await fx.run(send, rows, true);
		expect(output.map((item) => item.json.error ?? item.json.contacts)).toEqual([2, expect.stringMatching(/item 1/)]);
		expect(output[0].pairedItem).toEqual([{ item: 0 }, { item: 2 }]);
	});

	it('sends receivers typed into the node, one request per input item', async () => {
		const before = fx.sandbox.log.count('templateMessageSend');
		const [sent] = await fx.run({
			...send,
			contactsSource: 'list',
			contacts: { contact: [{ phoneNumber: '+62 813 0000 0040', caseId: 'L40', variables: '{"name": "Ani", "amount": 5000, "due_date": "2026-12-20"}' }] },
		});
		expect(fx.sandbox.log.count('templateMessageSend') - before).toBe(1);
		expect((fx.sandbox.log.last('templateMessageSend')!.body as { receivers: unknown[] }).receivers).toEqual([
			{ callee: '+6281300000040', case_id: 'L40', variables: { name: 'Ani', amount: 5000, due_date: '2026-12-20' } },
		]);
		expect(sent.json.batch_id).toEqual(expect.any(String));
		expect(sent.pairedItem).toEqual({ item: 0 });
		await expect(
			fx.run({ ...send, contactsSource: 'list', contacts: { contact: [{ phoneNumber: '+6281300000041', variables: '{"name": "Budi"}' }] } }),
		).rejects.toThrow(/item 0, field "Variables": lacks "amount", "due_date", which the template needs/);
		expect(fx.sandbox.log.count('templateMessageSend') - before).toBe(1);
	});

	it('without the template check, refuses receivers that lack a variable others have', async () => {
		const rows = contacts(2, 30);
		rows[0].json.due_date = '';
		await expect(fx.run({ ...send, sendOptions: { checkTemplate: false } }, rows)).rejects.toThrow(/item 0, field "Variables": lacks "due_date", which other receivers have/);
	});

	it('refuses a receiver repeated in the input items, naming where it was first', async () => {
		const before = fx.sandbox.log.count('templateMessageSend');
		const rows = contacts(3, 50);
		rows[2].json.phone = '+62 813 000 0050';
		await expect(fx.run(send, rows)).rejects.toThrow(/item 2, field "phone": .*already in this list \(item 0\)/);
		expect(fx.sandbox.log.count('templateMessageSend')).toBe(before);

		const output = await fx.run(send, rows, true);
		expect(fx.sandbox.log.count('templateMessageSend') - before).toBe(1);
		expect((fx.sandbox.log.last('templateMessageSend')!.body as { receivers: Array<{ callee: string }> }).receivers.map((r) => r.callee)).toEqual([
			'+628130000050',
			'+628130000051',
		]);
		expect(output.map((item) => item.pairedItem)).toEqual([[{ item: 0 }, { item: 1 }], { item: 2 }]);
		expect(output[1].json.error).toMatch(/item 2, field "phone": .*already in this list \(item 0\)/);
	});

	it('keeps the first of repeated receivers and reports the rest when asked to', async () => {
		const before = fx.sandbox.log.count('templateMessageSend');
		const rows = contacts(3, 60);
		rows[2].json.phone = rows[0].json.phone;
		const [sent, ...rest] = await fx.run({ ...send, duplicateNumbers: 'keepFirst' }, rows);
		expect(rest).toEqual([]);
		expect(fx.sandbox.log.count('templateMessageSend') - before).toBe(1);
		expect((fx.sandbox.log.last('templateMessageSend')!.body as { receivers: unknown[] }).receivers).toHaveLength(2);
		expect(sent.json.duplicatesLeftOut).toEqual([{ item: 2, number: '+628130000060', reason: expect.stringMatching(/item 0/) }]);
		// The left-out receiver's item is paired with the item that reports it, as in the iCall node.
		expect(sent.pairedItem).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	it('refuses a receiver typed twice into Contacts, in any spelling', async () => {
		const before = fx.sandbox.log.count('templateMessageSend');
		const variables = '{"name": "Ani", "amount": 5000, "due_date": "2026-12-20"}';
		const typed = { ...send, contactsSource: 'list', contacts: { contact: [{ phoneNumber: '+6281300000600', variables }, { phoneNumber: '+62 813 0000 0600', variables }] } };
		await expect(fx.run(typed)).rejects.toThrow(/item 0, field "Contacts\[1\]\.Phone Number": .*already in this list \(Contacts\[0\]\)/);
		expect(fx.sandbox.log.count('templateMessageSend')).toBe(before);
		const [sent] = await fx.run({ ...typed, duplicateNumbers: 'keepFirst' });
		expect((fx.sandbox.log.last('templateMessageSend')!.body as { receivers: unknown[] }).receivers).toHaveLength(1);
		expect(sent.json.duplicatesLeftOut).toEqual([{ item: 0, number: '+6281300000600', reason: expect.stringMatching(/Contacts\[0\]/) }]);
	});

	it('under Continue On Fail gives every receiver an error item when the template or the batching is refused', async () => {
		const before = fx.sandbox.log.count('templateMessageSend');
		const rows = contacts(3, 70);
		const notApproved = await fx.run({ ...send, template: byId('35'), language: 'id' }, rows, true);
		expect(notApproved.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(notApproved.map((item) => item.json.phone)).toEqual(rows.map((row) => row.json.phone));
		expect(notApproved.every((item) => /Item 0, field "Language": template 35 is not approved in "id"/.test(String(item.json.error)))).toBe(true);

		const zero = await fx.run({ ...send, contactBatching: { contactsPerRequest: 0 } }, [...rows, { json: { phone: 'nope' } }], true);
		expect(zero.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);
		expect(zero.slice(0, 3).every((item) => /"Contacts per Request": must be a whole number/.test(String(item.json.error)))).toBe(true);
		expect(zero[3].json.error).toMatch(/item 3, field "phone"/);

		const emptyLanguage = await fx.run({ ...send, language: '' }, rows, true);
		expect(emptyLanguage.map((item) => item.json.error)).toEqual(rows.map(() => expect.stringMatching(/Item 0, field "Language": is empty/)));
		expect(fx.sandbox.log.count('templateMessageSend')).toBe(before);
	});

	it('names the bad typed receivers of every item at once, before sending any, like a task', async () => {
		const before = fx.sandbox.log.count('templateMessageSend');
		const variables = '{"name": "Ani", "amount": 5000, "due_date": "2026-12-20"}';
		const typed = { ...send, contactsSource: 'list', contacts: { contact: [{ phoneNumber: '={{ $json.phone }}', variables }] } };
		const refusal = fx.run(typed, [{ json: { phone: '+6281300000090' } }, { json: { phone: '0813' } }, { json: { phone: 'none' } }]);
		await expect(refusal).rejects.toThrow(/^2 contact\(s\) cannot be sent: item 1, field "Contacts\[0\]\.Phone Number": .*; item 2, field "Contacts\[0\]\.Phone Number"/);
		expect(fx.sandbox.log.count('templateMessageSend')).toBe(before);
	});

	it('checks each item\'s own template and language when the receivers are typed into the node', async () => {
		const before = fx.sandbox.log.count('templateMessageSend');
		const variables = '{"name": "Ani", "amount": 5000, "due_date": "2026-12-20"}';
		const output = await fx.run(
			{ ...send, language: '={{ $json.language }}', contactsSource: 'list', contacts: { contact: [{ phoneNumber: '={{ $json.phone }}', variables }] } },
			[{ json: { language: 'en', phone: '+6281300000080' } }, { json: { language: 'fr', phone: '+6281300000081' } }],
			true,
		);
		expect(fx.sandbox.log.count('templateMessageSend') - before).toBe(1);
		expect(output[0].json.batch_id).toEqual(expect.any(String));
		expect(output[1].json.error).toMatch(/Item 1, field "Language": template 41 is not approved in "fr"/);
		expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});
});
