// Dev tooling (tests of the iCall sandbox): never ships in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-dangerous-functions */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { callRow, endpoints } from '../../sandbox/contract';
import { sandboxErrorCodes, startSandbox, type Sandbox } from '../../sandbox/index';
import { TestClient, rawRequest } from './client';

const answered = ['+6281200000001', '+6281200000002', '+6281200000003'];
const missed = '+6281200000004';

function hasUnzip(): boolean {
	try {
		execFileSync('unzip', ['-v'], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

/** Reads the central directory the way any unzip tool does; checks each entry's CRC against its bytes. */
function readZip(zip: Buffer): Array<{ name: string; size: number; data: Buffer }> {
	const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	expect(end).toBeGreaterThan(0);
	const count = zip.readUInt16LE(end + 10);
	let at = zip.readUInt32LE(end + 16);
	const entries = [];
	for (let index = 0; index < count; index++) {
		expect(zip.readUInt32LE(at)).toBe(0x02014b50);
		const crc = zip.readUInt32LE(at + 16);
		const size = zip.readUInt32LE(at + 24);
		const nameLength = zip.readUInt16LE(at + 28);
		const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
		const local = zip.readUInt32LE(at + 42);
		expect(zip.readUInt32LE(local)).toBe(0x04034b50);
		const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
		const data = zip.subarray(dataStart, dataStart + size);
		expect(crc32(data)).toBe(crc);
		entries.push({ name, size, data });
		at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
	}
	return entries;
}

function expectWav(bytes: Buffer): void {
	expect(bytes.toString('ascii', 0, 4)).toBe('RIFF');
	expect(bytes.readUInt32LE(4)).toBe(bytes.length - 8);
	expect(bytes.toString('ascii', 8, 16)).toBe('WAVEfmt ');
	expect(bytes.readUInt16LE(20)).toBe(1); // PCM
	expect(bytes.toString('ascii', 36, 40)).toBe('data');
	expect(bytes.readUInt32LE(40)).toBe(bytes.length - 44);
}

describe('sandbox: recordings', () => {
	let sandbox: Sandbox;
	let client: TestClient;
	let taskId: string;

	async function setUp(recordings: { taskZipBytes?: number } = {}): Promise<void> {
		sandbox = await startSandbox({
			speed: 'manual',
			recordings,
			outcomes: { ...Object.fromEntries(answered.map((number) => [number, 'answered' as const])), [missed]: 'noAnswer' },
		});
		client = new TestClient(sandbox);
		await client.login();
		taskId = await client.createTask([...answered, missed]);
		await sandbox.clock.runUntilIdle();
	}
	afterEach(() => sandbox.close());

	it('answers a pre-signed URL to a valid ~1 s WAV, served without a token', async () => {
		await setUp();
		const data = await client.data('recordingGetCall', { taskId, callee: answered[0] });
		const url: string = data[endpoints.recordingGetCall.result.recordingUrl];
		expect(data[callRow.callee]).toBe(answered[0]);
		const file = await rawRequest(url);
		expect(file.status).toBe(200);
		expect(file.headers['content-type']).toBe('audio/wav');
		expectWav(file.body);
		expect(file.body.length).toBe(44 + 8000 * 2);
	});

	it("answers the audio bytes directly when recordingsAs is 'file'", async () => {
		await setUp();
		sandbox.faults.set({ recordingsAs: 'file' }, 'recordingGetCall');
		const answer = await client.call('recordingGetCall', { taskId, callee: answered[1] });
		expect(answer.status).toBe(200);
		expect(answer.headers['content-type']).toBe('audio/wav');
		expectWav(answer.body);
	});

	it('refuses a recording for an unanswered call with code 10516', async () => {
		await setUp();
		const answer = await client.call('recordingGetCall', { taskId, callee: missed });
		expect([answer.status, answer.json?.code]).toEqual([400, sandboxErrorCodes.noRecording]);
	});

	it('serves a valid ZIP of the task recordings, by URL or directly', async () => {
		await setUp();
		const data = await client.data('recordingGetTask', { taskId });
		const byUrl = await rawRequest(data[endpoints.recordingGetTask.result.recordingUrl]);
		expect(byUrl.headers['content-type']).toBe('application/zip');
		const entries = readZip(byUrl.body);
		expect(entries).toHaveLength(answered.length);
		for (const entry of entries) expectWav(entry.data);

		sandbox.faults.set({ recordingsAs: 'file' });
		const direct = await client.call('recordingGetTask', { taskId });
		expect(direct.headers['content-type']).toBe('application/zip');
		expect(direct.body.equals(byUrl.body)).toBe(true);

		if (hasUnzip()) {
			const folder = mkdtempSync(join(tmpdir(), 'icall-zip-'));
			try {
				writeFileSync(join(folder, 'task.zip'), direct.body);
				expect(execFileSync('unzip', ['-t', join(folder, 'task.zip')]).toString()).toMatch(/No errors detected/);
			} finally {
				rmSync(folder, { recursive: true, force: true });
			}
		}
	});

	it('streams an archive of the configured size with a correct Content-Length', async () => {
		await setUp({ taskZipBytes: 8 * 1024 * 1024 });
		const data = await client.data('recordingGetTask', { taskId });
		const zip = await rawRequest(data[endpoints.recordingGetTask.result.recordingUrl]);
		expect(Number(zip.headers['content-length'])).toBe(zip.body.length);
		expect(Math.abs(zip.body.length - 8 * 1024 * 1024)).toBeLessThan(1024);
		const entries = readZip(zip.body);
		expect(entries).toHaveLength(3);
		for (const entry of entries) expectWav(entry.data);
	});
});
