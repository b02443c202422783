// Dev tooling for the iCall sandbox: never ships in the n8n package.
import type { SandboxCall, SandboxTask } from '../state/model';
import { validWavSize, wavChunks, wavCrc32, wavSizeForSeconds } from './wav';
import { zipChunks, zipSize, type ZipEntry } from './zip-stream';

export interface RecordingSettings {
	/** Length of each call recording in seconds (default 1: small but valid audio). */
	callSeconds?: number;
	/**
	 * Wanted size of a task's recordings ZIP in bytes (benchmarks: up to ~200 MB). The archive's
	 * recordings are lengthened to reach it; unset, each keeps `callSeconds`.
	 */
	taskZipBytes?: number;
}

/** A file answered as a stream: size known up front, bytes produced on demand. */
export interface StreamedFile {
	contentType: string;
	fileName: string;
	size: number;
	chunks: () => Iterable<Buffer> | AsyncIterable<Buffer>;
}

export type RecordingFileRequest = { kind: 'call'; callId: string } | { kind: 'task'; taskId: string };

// Not API paths: these stand for the vendor's pre-signed storage URLs, so they need no token.
const callPrefix = '/recordings/calls/';
const taskPrefix = '/recordings/tasks/';

/** Recording audio and task archives, addressed like pre-signed download URLs. */
export class RecordingLibrary {
	constructor(
		private readonly baseUrl: () => string,
		private readonly settings: RecordingSettings,
	) {}

	callUrl(call: SandboxCall): string {
		return `${this.baseUrl()}${callPrefix}${call.callId}.wav`;
	}

	taskUrl(task: SandboxTask): string {
		return `${this.baseUrl()}${taskPrefix}${task.taskId}.zip`;
	}

	/** Recognises a recording file path; undefined for anything else. */
	match(pathname: string): RecordingFileRequest | undefined {
		if (pathname.startsWith(callPrefix) && pathname.endsWith('.wav')) {
			return { kind: 'call', callId: pathname.slice(callPrefix.length, -'.wav'.length) };
		}
		if (pathname.startsWith(taskPrefix) && pathname.endsWith('.zip')) {
			return { kind: 'task', taskId: pathname.slice(taskPrefix.length, -'.zip'.length) };
		}
		return undefined;
	}

	callFile(call: SandboxCall): StreamedFile {
		const size = wavSizeForSeconds(this.settings.callSeconds ?? 1);
		return { contentType: 'audio/wav', fileName: `${call.callId}.wav`, size, chunks: () => wavChunks(size) };
	}

	taskArchive(task: SandboxTask): StreamedFile {
		const recorded = task.calls.filter((call) => call.hasRecording);
		const names = recorded.map((call) => `${call.callee.replace('+', '')}_${call.callId}.wav`);
		const entrySize = this.entrySize(names);
		const entries: ZipEntry[] = names.map((name) => ({
			name,
			size: entrySize,
			crc32: wavCrc32(entrySize),
			chunks: () => wavChunks(entrySize),
		}));
		return { contentType: 'application/zip', fileName: `${task.taskId}.zip`, size: zipSize(entries), chunks: () => zipChunks(entries) };
	}

	private entrySize(names: string[]): number {
		const natural = wavSizeForSeconds(this.settings.callSeconds ?? 1);
		const wanted = this.settings.taskZipBytes;
		if (!wanted || names.length === 0) return natural;
		const overhead = zipSize(names.map((name) => ({ name, size: 0, crc32: 0, chunks: () => [] })));
		return Math.max(natural, validWavSize(Math.floor((wanted - overhead) / names.length)));
	}
}
