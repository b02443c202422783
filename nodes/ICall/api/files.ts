import { randomBytes } from 'crypto';

/** One file part: its bytes come from `open()`, which may be called again for a retry. */
export interface FilePart {
	fieldName: string;
	fileName: string;
	mimeType: string;
	size: number;
	open(): Promise<AsyncIterable<Uint8Array>>;
}

/**
 * A multipart/form-data body that is streamed, never assembled in memory. It presents itself as a
 * Blob (size, type, async iteration): the HTTP client then sends it as a stream with an exact
 * Content-Length. Each iteration opens the file again, so a retried request sends it whole again.
 */
export interface StreamedForm {
	readonly [Symbol.toStringTag]: 'Blob';
	readonly size: number;
	readonly type: string;
	[Symbol.asyncIterator](): AsyncIterator<Uint8Array>;
}

/** Quotes a header parameter value: a name with quotes or line breaks must not break the part. */
function quoted(value: string): string {
	return `"${value.replace(/[\r\n]+/g, ' ').replace(/"/g, '%22')}"`;
}

function textPart(boundary: string, name: string, value: string): string {
	return `--${boundary}\r\nContent-Disposition: form-data; name=${quoted(name)}\r\n\r\n${value}\r\n`;
}

export function streamedForm(fields: Record<string, string>, file: FilePart): StreamedForm {
	const boundary = `----n8nAirudder${randomBytes(12).toString('hex')}`;
	const head = Buffer.from(
		Object.entries(fields)
			.map(([name, value]) => textPart(boundary, name, value))
			.join('') +
			`--${boundary}\r\nContent-Disposition: form-data; name=${quoted(file.fieldName)}; filename=${quoted(file.fileName)}\r\n` +
			`Content-Type: ${file.mimeType}\r\n\r\n`,
		'utf8',
	);
	const tail = Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8');
	async function* chunks(): AsyncGenerator<Uint8Array> {
		yield head;
		let sent = 0;
		for await (const chunk of await file.open()) {
			sent += chunk.length;
			yield chunk;
		}
		// A file that changed size under us would make the declared Content-Length a lie.
		if (sent !== file.size) throw new Error(`The file "${file.fileName}" has ${sent} bytes, not the ${file.size} announced`);
		yield tail;
	}
	return {
		[Symbol.toStringTag]: 'Blob',
		size: head.length + file.size + tail.length,
		type: `multipart/form-data; boundary=${boundary}`,
		[Symbol.asyncIterator]: () => chunks(),
	};
}
