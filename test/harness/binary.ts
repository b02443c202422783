// Test-only code: it never ships (package.json "files" is ["dist"]), so Node globals and fs are fine here.
import { BinaryDataService } from 'n8n-core';
import type { IBinaryData, INodeExecutionData } from 'n8n-workflow';
import { UserError } from 'n8n-workflow';

import { Container, ensureN8nRuntime } from './n8n-runtime';

/**
 * Reads a binary a node returned back into bytes, through the same service n8n uses, so it
 * works whether the binary was kept inline (default mode) or stored on disk (filesystem mode).
 */
export async function readBinary(binary: IBinaryData): Promise<Buffer> {
	return await Container.get(BinaryDataService).getAsBuffer(binary);
}

/** Shortcut for the common case: the bytes of `item.binary[property]`, failing clearly if absent. */
export async function readItemBinary(item: INodeExecutionData, property = 'data'): Promise<Buffer> {
	const binary = item.binary?.[property];
	if (!binary) throw new UserError(`The item has no binary property "${property}"`);
	return await readBinary(binary);
}

/** An input binary in n8n's inline form, for feeding nodes that upload files. */
export function inlineBinary(bytes: Buffer, fileName: string, mimeType: string): IBinaryData {
	return {
		data: bytes.toString('base64'),
		fileName,
		mimeType,
		fileSize: `${bytes.length} B`,
		bytes: bytes.length,
	};
}

/**
 * An input binary kept in n8n's binary storage (filesystem mode), as an upstream node such as
 * Read Binary File leaves it: the item carries only an id, the bytes stay on disk.
 */
export async function storedBinary(bytes: Buffer | NodeJS.ReadableStream, fileName: string, mimeType: string): Promise<IBinaryData> {
	await ensureN8nRuntime('filesystem');
	const binary: IBinaryData = { data: '', fileName, mimeType };
	const location = { type: 'execution' as const, workflowId: 'harness-input', executionId: 'input' };
	return await Container.get(BinaryDataService).store(location, bytes as Buffer, binary);
}
