// Dev tooling (benchmarks); never shipped in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports */
// Uploads: a 100 MiB file in n8n's filesystem binary mode, sent by our WhatsApp node and by n8n's
// HTTP Request node to the sandbox's chatbot upload endpoint.
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import type { N8nRuntime } from '../../../scripts/n8n-runtime';
import { startSandbox } from '../../../sandbox';
import { startBenchN8n } from '../lib/bench-n8n';
import { INJECTED_LATENCY_MS } from '../lib/bench-sandbox';
import type { ResultRow } from '../lib/result';
import { progress } from '../lib/result';
import { measureUpload } from '../scenarios/upload';
import { credentialRef, iCallCredential } from '../workflows/building-blocks';
import { uploadThroughHttpRequest, uploadThroughOurNode } from '../workflows/upload-workflows';
export { UPLOAD_PREFIX } from '../workflows/upload-workflows';

const BIG_FILE_BYTES = 100 * 1024 * 1024;
const TINY_FILE_BYTES = 1024;

/** Random bytes (nothing compresses them), written in 1 MiB pieces so the bench itself stays small. */
function writeFile(file: string, bytes: number): void {
	const handle = fs.openSync(file, 'w');
	try {
		for (let written = 0; written < bytes; written += 1024 * 1024) fs.writeSync(handle, randomBytes(Math.min(1024 * 1024, bytes - written)));
	} finally {
		fs.closeSync(handle);
	}
}

export async function runUploadScenarios(runtime: N8nRuntime, tarball: string, pairs: number): Promise<ResultRow[]> {
	const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'icall-bench-upload-'));
	const big = path.join(filesDir, 'big.bin');
	const tiny = path.join(filesDir, 'tiny.bin');
	writeFile(big, BIG_FILE_BYTES);
	writeFile(tiny, TINY_FILE_BYTES);
	const sandbox = await startSandbox({ speed: 'manual' });
	sandbox.faults.set({ latencyMs: INJECTED_LATENCY_MS });
	const credential = iCallCredential('benchUploadCred1', sandbox.url);
	const ref = credentialRef(credential);
	const ours = { big: uploadThroughOurNode('benchUplOursBig1', big, ref), tiny: uploadThroughOurNode('benchUplOursTny1', tiny, ref) };
	const reference = {
		big: uploadThroughHttpRequest('benchUplHttpBig1', big, sandbox.url, ref),
		tiny: uploadThroughHttpRequest('benchUplHttpTny1', tiny, sandbox.url, ref),
	};
	progress('starting n8n with N8N_DEFAULT_BINARY_DATA_MODE=filesystem for the upload scenarios');
	const bench = await startBenchN8n({
		runtime,
		tarball,
		credentials: [credential],
		workflows: [ours.big.workflow, ours.tiny.workflow, reference.big.workflow, reference.tiny.workflow],
		env: { N8N_DEFAULT_BINARY_DATA_MODE: 'filesystem', N8N_RESTRICT_FILE_ACCESS_TO: filesDir },
	});
	try {
		const rows = await measureUpload(
			bench,
			{ modeLabel: 'N8N_DEFAULT_BINARY_DATA_MODE=filesystem', ours, reference, bigBytes: BIG_FILE_BYTES, memoryTarget: 0.25, timeTarget: 1.2 },
			pairs,
		);
		const received = sandbox.chatbot.uploads().filter((file) => file.size === BIG_FILE_BYTES);
		if (received.length === 0) throw new Error('the sandbox received no complete 100 MiB upload');
		return rows;
	} finally {
		await bench.stop();
		await sandbox.close();
		fs.rmSync(filesDir, { recursive: true, force: true });
	}
}
