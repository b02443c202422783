// Dev tooling (e2e tests, `npm start`); never shipped in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/require-node-api-error */
import * as fs from 'fs';
import * as path from 'path';

import { logProgress, sleep } from './process-utils';

const POLL_MS = 2000;
/** An install takes ~5 minutes; a lock older than this belongs to a crashed run. */
const STALE_AFTER_MS = 30 * 60 * 1000;

function isProcessAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function isStale(lockDir: string): boolean {
	try {
		const owner = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8'));
		const age = Date.now() - fs.statSync(lockDir).mtimeMs;
		return !isProcessAlive(owner) || age > STALE_AFTER_MS;
	} catch {
		// The owner has not written its pid yet, or just released the lock.
		return false;
	}
}

/**
 * Runs `task` while holding a lock directory (mkdir is atomic), so two test runs or a test
 * and `npm start` never install into the same cache at once. A lock left by a dead process
 * is taken over.
 */
export async function withDirectoryLock<T>(lockDir: string, task: () => Promise<T>): Promise<T> {
	fs.mkdirSync(path.dirname(lockDir), { recursive: true });
	let announced = false;
	for (;;) {
		try {
			fs.mkdirSync(lockDir);
			fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			if (isStale(lockDir)) {
				fs.rmSync(lockDir, { recursive: true, force: true });
				continue;
			}
			if (!announced) {
				logProgress(`waiting for another install to finish (lock ${lockDir})`);
				announced = true;
			}
			await sleep(POLL_MS);
		}
	}
	try {
		return await task();
	} finally {
		fs.rmSync(lockDir, { recursive: true, force: true });
	}
}
