// Test code never ships: the streamed multipart body, without any HTTP.
import type { FilePart } from '../../../nodes/ICall/api/files';
import { streamedForm } from '../../../nodes/ICall/api/files';

function filePart(bytes: Buffer, opened: { count: number }, fileName = 'bill.pdf'): FilePart {
	return {
		fieldName: 'file',
		fileName,
		mimeType: 'application/pdf',
		size: bytes.length,
		open: async () => {
			opened.count++;
			return (async function* () {
				for (let at = 0; at < bytes.length; at += 1000) yield bytes.subarray(at, at + 1000);
			})();
		},
	};
}

async function collect(form: AsyncIterable<Uint8Array>): Promise<Buffer> {
	const parts: Buffer[] = [];
	for await (const chunk of form) parts.push(Buffer.from(chunk));
	return Buffer.concat(parts);
}

describe('streamed multipart form', () => {
	const bytes = Buffer.from(Array.from({ length: 4321 }, (_, index) => index % 251));

	it('announces exactly the size it sends, fields first, the file last, and opens the file anew per send', async () => {
		const opened = { count: 0 };
		const form = streamedForm({ purpose: 'chat' }, filePart(bytes, opened));
		const boundary = /boundary=(.+)$/.exec(form.type)![1];
		const first = await collect(form);
		const second = await collect(form);
		expect(first.length).toBe(form.size);
		expect(second.equals(first)).toBe(true);
		expect(opened.count).toBe(2);
		const text = first.toString('latin1');
		expect(text.startsWith(`--${boundary}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nchat\r\n`)).toBe(true);
		expect(text).toContain(`Content-Disposition: form-data; name="file"; filename="bill.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
		expect(text.endsWith(`\r\n--${boundary}--\r\n`)).toBe(true);
		expect(first.includes(bytes)).toBe(true);
		expect(Object.prototype.toString.call(form)).toBe('[object Blob]');
	});

	it('keeps a file name with quotes or line breaks from breaking the part header', async () => {
		const form = streamedForm({}, filePart(bytes, { count: 0 }, 'a"b\r\nc.pdf'));
		expect((await collect(form)).toString('latin1')).toContain('filename="a%22b c.pdf"');
	});

	it('fails instead of sending a body shorter than announced', async () => {
		const part = { ...filePart(bytes, { count: 0 }), size: bytes.length + 1 };
		await expect(collect(streamedForm({}, part))).rejects.toThrow('has 4321 bytes, not the 4322 announced');
	});
});
