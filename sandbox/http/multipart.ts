// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { SandboxError } from './envelope';

export interface PartHeaders {
	name: string;
	fileName?: string;
	contentType?: string;
}

/** Receives the parts as they stream in: text fields whole, file bytes chunk by chunk. */
export interface PartSink {
	field(name: string, value: string): void;
	fileStart(headers: PartHeaders): void;
	fileChunk(chunk: Buffer): Promise<void> | void;
	fileEnd(): Promise<void> | void;
}

export function boundaryOf(contentType: string | undefined): string {
	const match = /^multipart\/form-data\s*;.*boundary=(?:"([^"]+)"|([^\s;]+))/i.exec(contentType ?? '');
	if (!match) throw SandboxError.param('Content-Type', `must be multipart/form-data with a boundary, got "${contentType ?? ''}"`);
	return match[1] ?? match[2];
}

function parseHeaders(block: string): PartHeaders {
	const headers: Record<string, string> = {};
	for (const line of block.split('\r\n')) {
		const colon = line.indexOf(':');
		if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
	}
	const disposition = headers['content-disposition'] ?? '';
	const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
	if (!/^form-data\b/i.test(disposition) || name === undefined) {
		throw SandboxError.param('body', `a multipart part has no "Content-Disposition: form-data; name=..." header`);
	}
	const fileName = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
	return { name, fileName, contentType: headers['content-type'] };
}

/**
 * Streams a multipart/form-data body through `sink` without holding a file in memory: only a
 * window of one delimiter length is kept between chunks.
 */
export async function parseMultipart(body: AsyncIterable<Buffer>, boundary: string, sink: PartSink): Promise<void> {
	const delimiter = Buffer.from(`\r\n--${boundary}`);
	// The first delimiter has no leading CRLF: pretend it had one.
	let pending: Buffer = Buffer.from('\r\n');
	let state = 'preamble' as 'preamble' | 'headers' | 'field' | 'file' | 'done';
	let current: PartHeaders | undefined;
	let fieldChunks: Buffer[] = [];

	const emitData = async (data: Buffer) => {
		if (data.length === 0) return;
		if (state === 'file') await sink.fileChunk(data);
		else if (state === 'field') fieldChunks.push(data);
	};
	const closePart = async () => {
		if (state === 'file') await sink.fileEnd();
		if (state === 'field' && current) sink.field(current.name, Buffer.concat(fieldChunks).toString('utf8'));
		fieldChunks = [];
	};

	const consume = async (final: boolean) => {
		for (;;) {
			if (state === 'done') return;
			if (state === 'headers') {
				const end = pending.indexOf('\r\n\r\n');
				if (end < 0) {
					if (pending.length > 16 * 1024) throw SandboxError.param('body', 'a multipart part header is too long');
					return;
				}
				current = parseHeaders(pending.subarray(0, end).toString('utf8'));
				pending = pending.subarray(end + 4);
				state = current.fileName !== undefined ? 'file' : 'field';
				if (state === 'file') sink.fileStart(current);
				continue;
			}
			const at = pending.indexOf(delimiter);
			if (at < 0) {
				// Keep a tail that may be the start of a delimiter; pass the rest on.
				const keep = final ? 0 : Math.min(pending.length, delimiter.length + 1);
				await emitData(pending.subarray(0, pending.length - keep));
				pending = pending.subarray(pending.length - keep);
				return;
			}
			await emitData(pending.subarray(0, at));
			pending = pending.subarray(at);
			const after = pending.subarray(delimiter.length);
			if (after.length < 2 && !final) return;
			await closePart();
			if (after.subarray(0, 2).toString() === '--') {
				state = 'done';
				return;
			}
			if (after.subarray(0, 2).toString() !== '\r\n') throw SandboxError.param('body', 'malformed multipart delimiter');
			pending = after.subarray(2);
			state = 'headers';
		}
	};

	for await (const chunk of body) {
		pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
		await consume(false);
	}
	await consume(true);
	if (state !== 'done') throw SandboxError.param('body', 'the multipart body ends before its closing boundary');
}
