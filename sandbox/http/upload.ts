// Dev tooling for the iCall sandbox: never ships in the n8n package.
import type { Endpoint } from '../contract';
import type { UploadStore, UploadedFile } from '../media/uploads';
import { SandboxError } from './envelope';
import type { Exchange } from './exchange';
import { boundaryOf, parseMultipart } from './multipart';

/**
 * Receives a multipart upload: text fields, and the file streamed to disk (never held in memory).
 * Answers the fields as the request input, with the stored file under its form field name; the
 * request log gets the same, with the file's size and SHA-256 instead of its bytes.
 */
export async function receiveUpload(exchange: Exchange, endpoint: Endpoint, uploads: UploadStore): Promise<Record<string, unknown>> {
	const boundary = boundaryOf(exchange.entry.headers['content-type']);
	const input: Record<string, unknown> = {};
	let receiving: ReturnType<UploadStore['begin']> | undefined;
	let receivingName = '';
	let complete = false;
	try {
		await parseMultipart(exchange.bodyStream(), boundary, {
			field: (name, value) => {
				input[name] = value;
			},
			fileStart: (headers) => {
				if (receiving) throw SandboxError.param(headers.name, 'only one file per upload');
				receivingName = headers.name;
				receiving = uploads.begin(headers.fileName || 'upload', headers.contentType ?? 'application/octet-stream', endpoint.operation);
			},
			fileChunk: async (chunk) => await receiving!.write(chunk),
			fileEnd: async () => {
				input[receivingName] = await receiving!.finish();
			},
		});
		complete = true;
	} finally {
		// A refused upload still reads the rest of the body, so the client sees the answer.
		if (!complete) await exchange.drain();
	}
	exchange.entry.body = Object.fromEntries(
		Object.entries(input).map(([name, value]) => {
			if (typeof value !== 'object' || value === null) return [name, value];
			const { fileId, fileName, mimeType, size, sha256 } = value as UploadedFile;
			return [name, { fileId, fileName, mimeType, size, sha256 }];
		}),
	);
	return input;
}
