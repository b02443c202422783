// Dev tooling for the iCall sandbox: never ships in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports */
import { createHash, type Hash } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import type { SeededRandom } from '../random';
import type { StreamedFile } from './recordings';

export interface UploadedFile {
	fileId: string;
	fileName: string;
	mimeType: string;
	size: number;
	sha256: string;
	/** Which upload endpoint took it (file or map thumbnail). */
	kind: string;
	path: string;
}

// Not an API path: it stands for the vendor's media URL, so it needs no token.
const filePrefix = '/chatbot-files/';

/** Files uploaded to the chatbot endpoints, kept on disk so 100 MiB uploads cost no memory. */
export class UploadStore {
	private readonly dir = mkdtempSync(join(tmpdir(), 'icall-sandbox-uploads-'));
	private readonly files = new Map<string, UploadedFile>();
	private sequence = 0;

	constructor(
		private readonly baseUrl: () => string,
		private readonly random: SeededRandom,
	) {}

	/** Starts receiving one file; `finish` resolves once its bytes are on disk. */
	begin(fileName: string, mimeType: string, kind: string): { write(chunk: Buffer): Promise<void>; finish(): Promise<UploadedFile> } {
		const fileId = this.random.hexId(24, 'file', ++this.sequence);
		const path = join(this.dir, fileId);
		const out: WriteStream = createWriteStream(path);
		const hash: Hash = createHash('sha256');
		let size = 0;
		return {
			write: async (chunk) => {
				hash.update(chunk);
				size += chunk.length;
				if (!out.write(chunk)) await once(out, 'drain');
			},
			finish: async () => {
				out.end();
				await once(out, 'finish');
				const file: UploadedFile = { fileId, fileName, mimeType, size, sha256: hash.digest('hex'), kind, path };
				this.files.set(fileId, file);
				return file;
			},
		};
	}

	get(fileId: string): UploadedFile | undefined {
		return this.files.get(fileId);
	}

	list(): UploadedFile[] {
		return [...this.files.values()];
	}

	urlOf(file: UploadedFile): string {
		return `${this.baseUrl()}${filePrefix}${file.fileId}/${encodeURIComponent(file.fileName)}`;
	}

	/** Recognises a file URL path; undefined for anything else. */
	match(pathname: string): UploadedFile | undefined {
		if (!pathname.startsWith(filePrefix)) return undefined;
		return this.files.get(pathname.slice(filePrefix.length).split('/')[0]);
	}

	streamed(file: UploadedFile): StreamedFile {
		return { contentType: file.mimeType, fileName: file.fileName, size: file.size, chunks: () => createReadStream(file.path) };
	}

	clear(): void {
		for (const file of this.files.values()) rmSync(file.path, { force: true });
		this.files.clear();
	}

	dispose(): void {
		rmSync(this.dir, { recursive: true, force: true });
	}
}
