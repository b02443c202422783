// Dev tooling (tests of the iCall sandbox): never ships in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @typescript-eslint/no-explicit-any */
import { conventions, endpoints } from '../../sandbox/contract';
import { chatbotErrorCodes, startSandbox, type Sandbox } from '../../sandbox/index';
import { TestClient, type RawAnswer } from './client';
import { startReceiver } from './receiver';
import * as http from 'node:http';

/** A multipart POST written by hand, optionally cut into small pieces to cross boundaries. */
function multipartPost(sandbox: Sandbox, token: string, path: string, body: Buffer, boundary: string, pieceSize = body.length): Promise<RawAnswer> {
	return new Promise((resolve, reject) => {
		const request = http.request(
			sandbox.url + path,
			{
				method: 'POST',
				agent: false,
				headers: {
					'Content-Type': `multipart/form-data; boundary=${boundary}`,
					'Content-Length': String(body.length),
					[conventions.authorization.header]: `${conventions.authorization.scheme} ${token}`,
				},
			},
			(response) => {
				const parts: Buffer[] = [];
				response.on('data', (part: Buffer) => parts.push(part));
				response.on('end', () => {
					const raw = Buffer.concat(parts);
					resolve({ status: response.statusCode ?? 0, headers: response.headers, body: raw, json: JSON.parse(raw.toString('utf8')) });
				});
			},
		);
		request.on('error', reject);
		for (let at = 0; at < body.length; at += pieceSize) request.write(body.subarray(at, at + pieceSize));
		request.end();
	});
}

function form(boundary: string, parts: Array<{ name: string; value: string | Buffer; fileName?: string; type?: string }>): Buffer {
	const chunks: Buffer[] = [];
	for (const part of parts) {
		const file = part.fileName !== undefined ? `; filename="${part.fileName}"\r\nContent-Type: ${part.type ?? 'application/octet-stream'}` : '';
		chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"${file}\r\n\r\n`), Buffer.from(part.value), Buffer.from('\r\n'));
	}
	chunks.push(Buffer.from(`--${boundary}--\r\n`));
	return Buffer.concat(chunks);
}

describe('sandbox: chatbot model', () => {
	let sandbox: Sandbox;
	let client: TestClient;
	let receiver: Awaited<ReturnType<typeof startReceiver>>;

	beforeEach(async () => {
		receiver = await startReceiver();
		sandbox = await startSandbox({ speed: 'manual', callbacks: { url: receiver.url } });
		client = new TestClient(sandbox);
		await client.login();
	});
	afterEach(async () => {
		await sandbox.close();
		await receiver.close();
	});

	const eventsOf = () => receiver.received.map((callback) => callback.json);

	it('parses a multipart upload cut into 7-byte pieces, whose bytes contain CRLF and dashes', async () => {
		const boundary = 'XyZ-boundary-123';
		const payload = Buffer.from(`line one\r\n--XyZ-boundar\r\n--\r\n${'\u0000\u00ff'.repeat(500)}end`, 'latin1');
		const body = form(boundary, [{ name: 'purpose', value: 'chat' }, { name: 'file', value: payload, fileName: 'odd.bin' }]);
		const answer = await multipartPost(sandbox, client.token, endpoints.fileUpload.path, body, boundary, 7);
		expect(answer.json?.code).toBe(200);
		const stored = sandbox.chatbot.upload(answer.json!.data.file_id)!;
		expect(stored).toMatchObject({ fileName: 'odd.bin', size: payload.length });
		const back = await new Promise<Buffer>((resolve) => http.get(answer.json!.data.url, (response) => {
			const parts: Buffer[] = [];
			response.on('data', (part: Buffer) => parts.push(part));
			response.on('end', () => resolve(Buffer.concat(parts)));
		}));
		expect(back.equals(payload)).toBe(true);
		expect(sandbox.log.last('fileUpload')!.unknownFields).toEqual(['purpose']);
	});

	it('refuses an upload without a file part, and without a token, in the vendor style', async () => {
		const boundary = 'b0undary';
		const noFile = await multipartPost(sandbox, client.token, endpoints.fileUpload.path, form(boundary, [{ name: 'file', value: 'just text' }]), boundary);
		expect(noFile.status).toBe(400);
		expect(noFile.json).toMatchObject({ code: 400, message: 'file: must be a file part (with a filename)' });
		const noToken = await multipartPost(sandbox, 'wrong', endpoints.fileUpload.path, form(boundary, [{ name: 'file', value: 'x', fileName: 'a' }]), boundary);
		expect(noToken.status).toBe(401);
	});

	it('validates message content per type, with the field in the message', async () => {
		const { conversation } = sandbox.chatbot.userWrites('+6281300000500', 'hi');
		const conversationId = conversation.conversationId;
		const noText = await client.call('messageSend', { conversationId, type: 'text' });
		expect(noText.json).toMatchObject({ code: chatbotErrorCodes.badMessage, message: 'text: is required for a text message' });
		const noMedia = await client.call('messageSend', { conversationId, type: 'image', media: {} });
		expect(noMedia.json?.message).toBe('media: a image message needs url (http or https) or file_id');
		const badLat = await client.call('messageSend', { conversationId, type: 'location', location: { lat: 91, lng: 0 } });
		expect(badLat.json?.message).toBe('location.lat: must be a number between -90 and 90, got 91');
		const unknownFile = await client.call('messageSend', { conversationId, type: 'document', media: { file_id: 'nope' } });
		expect(unknownFile.json).toMatchObject({ code: chatbotErrorCodes.fileNotFound });
		const badType = await client.call('messageSend', { conversationId, type: 'sticker' });
		expect(badType.json?.message).toMatch(/^type: must be one of text, image/);
	});

	it('posts user messages, message status and the agent-phase variants from the conversation state', async () => {
		const { conversation } = sandbox.chatbot.userWrites('+6281300000501', 'Hello');
		const conversationId = conversation.conversationId;
		await client.data('messageSend', { conversationId, type: 'text', text: 'How can I help?' });
		sandbox.chatbot.requestTransfer(conversationId, 'asked for a human');
		await client.data('conversationTransferResult', { conversationId, result: 'accepted', seatId: 'seat-1' });
		sandbox.chatbot.userWrites('+6281300000501', 'Agent, please');
		await client.data('messageSend', { conversationId, type: 'text', text: 'Agent here' });
		await sandbox.clock.runUntilIdle();
		await client.data('conversationEnd', { conversationId });
		await sandbox.clock.runUntilIdle();
		const events = eventsOf();
		expect(events[0]).toEqual({ conversation_id: conversationId, msg_id: expect.any(String), sender_type: 'user', type: 'text', text: 'Hello', timestamp: expect.any(Number) });
		expect(events).toContainEqual({ conversation_id: conversationId, transfer_reason: 'asked for a human' });
		expect(events).toContainEqual(expect.objectContaining({ sender_type: 'user', text: 'Agent, please', phase: 'agent' }));
		const statuses = events.filter((event) => 'status' in event);
		expect(statuses.filter((event) => !('phase' in event)).map((event) => event.status)).toEqual(['delivery', 'read']);
		expect(statuses.filter((event) => event.phase === 'agent').map((event) => event.status)).toEqual(['delivery', 'read']);
		expect(events.at(-1)).toEqual({ conversation_id: conversationId, session_end_reason: 'api' });
		const agentMessages = await client.data('messageGetMany', { conversationId, phase: 'agent' });
		expect(agentMessages.list.map((m: any) => m.sender_type)).toEqual(['user', 'agent']);
	});

	it('resolves a bulk send receiver by receiver on the clock and posts the template result, then a reply', async () => {
		const data = await client.data('templateMessageSend', {
			wabaAccountId: 'waba-shop',
			templateId: '52',
			language: 'en',
			receivers: [
				{ number: '+6281300000600', caseId: 'C1', variables: { name: 'Ani', order: 'O-1' } },
				{ number: '+6281300000609', variables: { name: 'Budi', order: 'O-2' } },
			],
		});
		await sandbox.clock.advance(200);
		expect(sandbox.chatbot.batch(data.batch_id)!.results.map((r) => r.status)).toEqual(['sent', 'pending']);
		await sandbox.clock.advance(200);
		const result = eventsOf().find((event) => event.batch_id === data.batch_id);
		expect(result.results).toEqual([
			{ callee: '+6281300000600', case_id: 'C1', msg_id: expect.any(String), status: 'sent' },
			{ callee: '+6281300000609', msg_id: expect.any(String), status: 'failed', reason: 'the number is not a WhatsApp user' },
		]);
		sandbox.chatbot.userWrites('+6281300000600', 'Thanks!', { accountId: 'waba-shop', replyTo: result.results[0].msg_id });
		await sandbox.clock.runUntilIdle();
		expect(eventsOf()).toContainEqual({ msg_id: result.results[0].msg_id, reply: expect.objectContaining({ text: 'Thanks!' }), callee: '+6281300000600' });
	});

	it('refuses template sends that break the template: unknown account, language, missing variable', async () => {
		const base = { wabaAccountId: 'waba-collection', templateId: '41', language: 'en' };
		const receivers = [{ number: '+6281300000700', variables: { name: 'A', amount: 1 } }];
		const missing = await client.call('templateMessageSend', { ...base, receivers });
		expect(missing.json).toMatchObject({ code: chatbotErrorCodes.templateVariableMissing, message: 'receivers[0].variables.due_date: is required by template 41 (non-empty text or a number)' });
		const language = await client.call('templateMessageSendSingle', { ...base, language: 'fr', callee: '+6281300000700', variables: {} });
		expect(language.json).toMatchObject({ code: chatbotErrorCodes.languageNotApproved });
		const account = await client.call('templateGetMany', { wabaAccountId: 'nope' });
		expect(account.json?.message).toBe('waba_account_id: unknown WABA account "nope" (known: waba-collection, waba-shop)');
		const wrongAccount = await client.call('templateMessageSendSingle', { ...base, wabaAccountId: 'waba-shop', callee: '+6281300000700', variables: {} });
		expect(wrongAccount.json).toMatchObject({ code: chatbotErrorCodes.templateNotFound });
	});

	it('injects faults on chatbot endpoints like on any other', async () => {
		sandbox.faults.set({ serverErrorRate: 1 }, 'messageSend');
		const { conversation } = sandbox.chatbot.userWrites('+6281300000800', 'hi');
		const answer = await client.call('messageSend', { conversationId: conversation.conversationId, type: 'text', text: 'x' });
		expect(answer.status).toBe(503);
		expect(sandbox.chatbot.conversation(conversation.conversationId)!.messages).toHaveLength(1);
	});
});
