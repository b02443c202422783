// Test-only code: it never ships (package.json "files" is ["dist"]), so Node globals and fs are fine here.
/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports */
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type * as DiModule from '@n8n/di';
import { BinaryDataConfig, BinaryDataService } from 'n8n-core';

/**
 * The DI container n8n-core itself registers its services in. It must be loaded from n8n-core's
 * own location: this repository also has a hoisted @n8n/di of another version (0.16 at the top,
 * 0.17 nested under n8n-core), and a plain `import '@n8n/di'` would give a second, empty container.
 */
export const Container: typeof DiModule.Container = (
	createRequire(require.resolve('n8n-core'))('@n8n/di') as typeof DiModule
).Container;

/**
 * One-time wiring of the n8n-core services that node contexts pull from the DI container.
 *
 * n8n-core resolves `InstanceSettings` in every node context constructor, and that class reads
 * (and on first run writes) `<N8N_USER_FOLDER>/.n8n/config`. Pointing the user folder at a temp
 * directory keeps the developer's real ~/.n8n untouched while the real class still runs.
 */
let userFolder: string | undefined;

function ensureIsolatedUserFolder(): string {
	if (userFolder) return userFolder;
	if (process.env.N8N_USER_FOLDER) {
		userFolder = process.env.N8N_USER_FOLDER;
	} else {
		userFolder = mkdtempSync(join(tmpdir(), 'n8n-harness-'));
		process.env.N8N_USER_FOLDER = userFolder;
	}
	// A fresh folder has no config yet: InstanceSettings generates an encryption key and writes it there.
	return userFolder;
}

/**
 * `default` keeps binaries inline as base64 (what n8n calls in-memory mode);
 * `filesystem` stores them under the temp user folder, as n8n 2.x does by default.
 */
export type BinaryDataMode = 'default' | 'filesystem';

let activeBinaryMode: BinaryDataMode | undefined;

/**
 * Makes the container hold a real, initialised `BinaryDataService` in the requested mode.
 * Safe to call before every run: it only re-initialises when the mode changes.
 */
export async function ensureN8nRuntime(binaryMode: BinaryDataMode = 'default'): Promise<void> {
	ensureIsolatedUserFolder();
	if (activeBinaryMode === binaryMode) return;

	const config = Container.get(BinaryDataConfig);
	config.mode = binaryMode;
	config.availableModes = [binaryMode];
	// init() reads config.mode; with 'default' no manager matches, so store() keeps data inline.
	await Container.get(BinaryDataService).init();
	activeBinaryMode = binaryMode;
}

/** Where the filesystem binary mode writes; tests can assert files landed there. */
export function binaryStoragePath(): string {
	return Container.get(BinaryDataConfig).localStoragePath;
}
