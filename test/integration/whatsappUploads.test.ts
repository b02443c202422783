// Test code never ships: uploads of real binaries through n8n-core, compared byte for byte on the sandbox side.
/* eslint-disable @n8n/community-nodes/no-restricted-imports */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';

import type { INodeExecutionData } from 'n8n-workflow';

import { ICallWhatsApp } from '../../nodes/ICall/ICallWhatsApp.node';
import { inlineBinary, storedBinary } from '../harness';
import { rawRequest } from '../sandbox/client';
import type { ICallFixture } from './icallFixture';
import { byId, startFixture } from './icallFixture';
import { startWhatsAppFixture } from './whatsappFixture';

let fx: ICallFixture;

beforeAll(async () => {
	fx = await startWhatsAppFixture();
});
afterAll(async () => await fx.sandbox.close());
afterEach(() => fx.sandbox.faults.clear());

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A PDF-looking file of random bytes: any corruption in transit changes its hash. */
function document(size: number): Buffer {
	return Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size - 9)]);
}

function sandboxBytes(fileId: string): Buffer {
	const stored = fx.sandbox.chatbot.upload(fileId);
	if (!stored) throw new Error(`the sandbox has no file ${fileId}`);
	return readFileSync(stored.path);
}

describe('File: Upload', () => {
	it('uploads an inline binary; the sandbox stores exactly its bytes, name and type, and serves them back', async () => {
		const bytes = document(300_000);
		const items: INodeExecutionData[] = [{ json: {}, binary: { data: inlineBinary(bytes, 'invoice 12 "final".pdf', 'application/pdf') } }];
		const [item] = await fx.run({ resource: 'file', operation: 'upload' }, items);
		const fileId = String(item.json.file_id);
		expect(sandboxBytes(fileId).equals(bytes)).toBe(true);
		expect(fx.sandbox.chatbot.upload(fileId)).toMatchObject({ fileName: 'invoice 12 %22final%22.pdf', mimeType: 'application/pdf', size: bytes.length });
		expect(item.json).toMatchObject({ fileName: 'invoice 12 "final".pdf', mimeType: 'application/pdf', fileSize: bytes.length });
		const back = await rawRequest(String(item.json.url));
		expect(back.body.equals(bytes)).toBe(true);
		const logged = fx.sandbox.log.last('fileUpload')!;
		expect(logged.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
		expect(Number(logged.headers['content-length'])).toBeGreaterThan(bytes.length);
		expect(logged.body).toEqual({ file: { fileId, fileName: 'invoice 12 %22final%22.pdf', mimeType: 'application/pdf', size: bytes.length, sha256: sha256(bytes) } });
	});

	it('streams a file from filesystem binary storage, with Additional Form Fields before it', async () => {
		const bytes = document(5 * 1024 * 1024 + 17);
		const items: INodeExecutionData[] = [{ json: {}, binary: { scan: await storedBinary(bytes, 'scan.pdf', 'application/pdf') } }];
		expect(items[0].binary!.scan.id).toMatch(/^filesystem/);
		const [item] = await fx.run(
			{ resource: 'file', operation: 'upload', binaryPropertyName: 'scan', additionalFormFields: '{"purpose": "chat", "ttl": 7}' },
			items,
			false,
			'filesystem',
		);
		expect(sandboxBytes(String(item.json.file_id)).equals(bytes)).toBe(true);
		expect(fx.sandbox.log.last('fileUpload')!.body).toMatchObject({ purpose: 'chat', ttl: '7' });
		expect(fx.sandbox.log.last('fileUpload')!.unknownFields).toEqual(['purpose', 'ttl']);
	});

	it('uploads a map thumbnail to its own endpoint', async () => {
		const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), randomBytes(2000)]);
		const [item] = await fx.run({ resource: 'file', operation: 'uploadMapThumbnail' }, [{ json: {}, binary: { data: inlineBinary(png, 'map.png', 'image/png') } }]);
		expect(fx.sandbox.chatbot.upload(String(item.json.file_id))).toMatchObject({ kind: 'uploadMapThumbnail', mimeType: 'image/png' });
		expect(sandboxBytes(String(item.json.file_id)).equals(png)).toBe(true);
	});

	it('logs in again and resends the whole file when the token expired mid-run', async () => {
		const bytes = document(400_000);
		await fx.run({ resource: 'wabaAccount', operation: 'getMany' });
		fx.sandbox.expireAllTokens();
		const logins = fx.logins();
		const uploads = fx.sandbox.log.count('fileUpload');
		const [item] = await fx.run({ resource: 'file', operation: 'upload' }, [{ json: {}, binary: { data: inlineBinary(bytes, 'a.pdf', 'application/pdf') } }]);
		expect(fx.logins()).toBe(logins + 1);
		// The refused upload and the resend after the login, which carried the whole file again.
		expect(fx.sandbox.log.forEndpoint('fileUpload').slice(uploads).map((entry) => entry.status)).toEqual([401, 200]);
		expect(sandboxBytes(String(item.json.file_id)).equals(bytes)).toBe(true);
	});

	it('refuses a missing binary and an oversize file before any upload, naming the item and field', async () => {
		const before = fx.sandbox.log.count('fileUpload');
		const small = { json: {}, binary: { data: inlineBinary(document(1000), 'a.pdf', 'application/pdf') } };
		await expect(fx.run({ resource: 'file', operation: 'upload' }, [small, { json: { id: 2 } }])).rejects.toThrow(
			/Item 1, field "Input Binary Field": names "data", but the item has no such binary; it has no binary data at all/,
		);
		const big = { json: {}, binary: { data: inlineBinary(document(2 * 1024 * 1024), 'big.pdf', 'application/pdf') } };
		await expect(fx.run({ resource: 'file', operation: 'upload', uploadOptions: { maxFileSizeMiB: 1 } }, [small, big])).rejects.toThrow(
			/Item 1, field "Input Binary Field": the file "big.pdf" in "data" has 2.0 MiB, more than the 1.0 MiB of "Max File Size \(MiB\)"/,
		);
		expect(fx.sandbox.log.count('fileUpload')).toBe(before);
		const output = await fx.run({ resource: 'file', operation: 'upload', uploadOptions: { maxFileSizeMiB: 1 } }, [small, big], true);
		expect(output).toHaveLength(2);
		expect(output[0].json.file_id).toEqual(expect.any(String));
		expect(output[1].json.error).toMatch(/Item 1, field "Input Binary Field": the file "big.pdf"/);
		expect(output[1].pairedItem).toEqual({ item: 1 });
	});
});

describe('an empty file', () => {
	const empty = () => ({ json: {}, binary: { scan: inlineBinary(Buffer.alloc(0), 'empty.pdf', 'application/pdf') } });

	it('is refused by File: Upload before any upload, naming the item and the binary field', async () => {
		const uploads = () => fx.sandbox.log.count('fileUpload') + fx.sandbox.log.count('fileUploadMapThumbnail');
		const before = uploads();
		const small = { json: {}, binary: { scan: inlineBinary(document(1000), 'a.pdf', 'application/pdf') } };
		await expect(fx.run({ resource: 'file', operation: 'upload', binaryPropertyName: 'scan' }, [small, empty()])).rejects.toThrow(
			/Item 1, field "Input Binary Field": the file "empty.pdf" in "scan" is empty \(0 bytes\)/,
		);
		expect(uploads()).toBe(before);
		const stored = { json: {}, binary: { scan: await storedBinary(Buffer.alloc(0), 'stored.pdf', 'application/pdf') } };
		await expect(fx.run({ resource: 'file', operation: 'uploadMapThumbnail', binaryPropertyName: 'scan' }, [stored], false, 'filesystem')).rejects.toThrow(
			/Item 0, field "Input Binary Field": the file "stored.pdf" in "scan" is empty/,
		);
		expect(uploads()).toBe(before);
	});

	it('is refused by Message: Send before uploading or sending anything', async () => {
		const { conversation } = fx.sandbox.chatbot.userWrites('+6281300000403', 'hi');
		const uploads = fx.sandbox.log.count('fileUpload');
		const sends = fx.sandbox.log.count('messageSend');
		const parameters = { resource: 'message', operation: 'send', conversation: byId(conversation.conversationId), messageType: 'document', mediaSource: 'binary', binaryPropertyName: 'scan' };
		await expect(fx.run(parameters, [empty()])).rejects.toThrow(/Item 0, field "Input Binary Field": the file "empty.pdf" in "scan" is empty/);
		const output = await fx.run(parameters, [empty()], true);
		expect(output).toEqual([{ json: expect.objectContaining({ error: expect.stringMatching(/is empty/) }), pairedItem: { item: 0 } }]);
		expect(fx.sandbox.log.count('fileUpload')).toBe(uploads);
		expect(fx.sandbox.log.count('messageSend')).toBe(sends);
	});
});

describe('every item is checked before the first upload or send', () => {
	it('Message: Send refuses bad JSON in item 2 of 3 before uploading or sending anything', async () => {
		const { conversation } = fx.sandbox.chatbot.userWrites('+6281300000404', 'hi');
		const uploads = fx.sandbox.log.count('fileUpload');
		const sends = fx.sandbox.log.count('messageSend');
		const file = () => ({ data: inlineBinary(document(2_000), 'a.pdf', 'application/pdf') });
		const items = ['{}', '{}', '{bad'].map((hatch) => ({ json: { hatch }, binary: file() }));
		const parameters = {
			resource: 'message',
			operation: 'send',
			conversation: byId(conversation.conversationId),
			messageType: 'document',
			mediaSource: 'binary',
			additionalBodyFields: '={{ $json.hatch }}',
		};
		await expect(fx.run(parameters, items)).rejects.toThrow('Item 2, field "Additional Body Fields": is not valid JSON');
		expect(fx.sandbox.log.count('fileUpload')).toBe(uploads);
		expect(fx.sandbox.log.count('messageSend')).toBe(sends);
	});

	it('Send Single and Template Message: Send with typed receivers refuse a bad item before sending any', async () => {
		const singles = fx.sandbox.log.count('templateMessageSendSingle');
		const single = {
			resource: 'templateMessage',
			operation: 'sendSingle',
			wabaAccount: byId('waba-collection'),
			template: byId('41'),
			language: 'en',
			phoneNumber: '+6281300000405',
			variables: '{"name": "Ani", "amount": "100", "due_date": "1 Dec"}',
			additionalBodyFields: '={{ $json.hatch }}',
		};
		await expect(fx.run(single, [{ json: { hatch: '{}' } }, { json: { hatch: '[1]' } }])).rejects.toThrow('Item 1, field "Additional Body Fields": must be a JSON object');
		expect(fx.sandbox.log.count('templateMessageSendSingle')).toBe(singles);
		const bulks = fx.sandbox.log.count('templateMessageSend');
		const typed = {
			...single,
			operation: 'send',
			contactsSource: 'list',
			contacts: { contact: [{ phoneNumber: '+6281300000406', variables: '{"name": "Ani", "amount": "100", "due_date": "1 Dec"}' }] },
		};
		await expect(fx.run(typed, [{ json: { hatch: '{}' } }, { json: { hatch: '{bad' } }])).rejects.toThrow('Item 1, field "Additional Body Fields": is not valid JSON');
		expect(fx.sandbox.log.count('templateMessageSend')).toBe(bulks);
	});
});

describe('Message: Send with a binary', () => {
	it('uploads the image first, then sends it by file ID, in one run', async () => {
		const { conversation } = fx.sandbox.chatbot.userWrites('+6281300000400', 'Send me the bill please');
		const image = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), randomBytes(50_000)]);
		const [sent] = await fx.run(
			{ resource: 'message', operation: 'send', conversation: byId(conversation.conversationId), messageType: 'image', mediaSource: 'binary', mediaOptions: { caption: 'Your bill' } },
			[{ json: {}, binary: { data: inlineBinary(image, 'bill.jpg', 'image/jpeg') } }],
		);
		const fileId = fx.sandbox.chatbot.uploads().at(-1)!.fileId;
		expect(sandboxBytes(fileId).equals(image)).toBe(true);
		expect(fx.sandbox.log.last('messageSend')!.body).toEqual({
			conversation_id: conversation.conversationId,
			type: 'image',
			media: { caption: 'Your bill', file_id: fileId },
		});
		expect(sent.json).toMatchObject({ type: 'image', media: { file_id: fileId } });
	});

	it('refuses a media message whose binary is missing, before uploading anything', async () => {
		const { conversation } = fx.sandbox.chatbot.userWrites('+6281300000401', 'hi');
		const uploads = fx.sandbox.log.count('fileUpload');
		await expect(
			fx.run({ resource: 'message', operation: 'send', conversation: byId(conversation.conversationId), messageType: 'document', mediaSource: 'binary', binaryPropertyName: 'pdf' }, [
				{ json: {}, binary: { data: inlineBinary(document(100), 'a.pdf', 'application/pdf') } },
			]),
		).rejects.toThrow(/Item 0, field "Input Binary Field": names "pdf", but the item has no such binary; it has "data"/);
		expect(fx.sandbox.log.count('fileUpload')).toBe(uploads);
	});
});

describe('an account with encryption on', () => {
	it('sends the upload as plain multipart and the message sealed, in one run', async () => {
		const key = 'airudderredduria';
		const sealed = await startFixture({ encryptionKey: key }, { encryptionSecretKey: key }, new ICallWhatsApp());
		try {
			const { conversation } = sealed.sandbox.chatbot.userWrites('+6281300000402', 'hello');
			const image = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), randomBytes(20_000)]);
			await sealed.run(
				{ resource: 'message', operation: 'send', conversation: byId(conversation.conversationId), messageType: 'image', mediaSource: 'binary' },
				[{ json: {}, binary: { data: inlineBinary(image, 'a.jpg', 'image/jpeg') } }],
			);
			const upload = sealed.sandbox.log.last('fileUpload')!;
			expect(upload.encrypted).toBeUndefined();
			expect(readFileSync(sealed.sandbox.chatbot.upload((upload.body as { file: { fileId: string } }).file.fileId)!.path).equals(image)).toBe(true);
			expect(sealed.sandbox.log.last('messageSend')!).toMatchObject({ encrypted: true, body: { type: 'image' } });
		} finally {
			await sealed.sandbox.close();
		}
	});
});
