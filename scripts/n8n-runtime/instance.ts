// Dev tooling (e2e tests, `npm start`); never shipped in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-hardcoded-secrets */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { findFreePort } from './process-utils';
import type { N8nRuntime } from './runtime-install';

/** Fixed so that an instance folder can be reused across runs (n8n refuses a changed key). */
export const TEST_ENCRYPTION_KEY = 'n8n-nodes-airudder-test-key-not-secret';

export interface N8nInstance {
	runtime: N8nRuntime;
	/** N8N_USER_FOLDER: n8n keeps everything in `<userFolder>/.n8n` (sqlite db, config, nodes). */
	userFolder: string;
	/** Where community packages are loaded from: `<userFolder>/.n8n/nodes/node_modules`. */
	communityNodesDir: string;
	/** The complete environment every n8n command of this instance runs with. */
	env: NodeJS.ProcessEnv;
}

export interface InstanceOptions {
	/** Defaults to a fresh temp folder; pass a path to reuse an instance (e.g. for `npm start`). */
	userFolder?: string;
	/** Extra or overriding environment variables (e.g. WEBHOOK_URL). */
	env?: Record<string, string>;
}

/** Settings that keep a test instance quiet, offline and isolated from the caller's own n8n. */
function isolatedSettings(userFolder: string, taskBrokerPort: number): Record<string, string> {
	return {
		N8N_USER_FOLDER: userFolder,
		N8N_ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
		DB_TYPE: 'sqlite',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_AI_ENABLED: 'false',
		// Community packages are what we test; keep loading them, never fetch anything.
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_COMMUNITY_PACKAGES_PREVENT_LOADING: 'false',
		N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
		// 2.x always starts a task runner (Code node sandbox). Internal mode spawns it as a child
		// of n8n, needs no network, and each instance gets its own broker port so that parallel
		// instances (a test next to `npm start`) do not collide on the default 5679.
		N8N_RUNNERS_MODE: 'internal',
		N8N_RUNNERS_BROKER_PORT: String(taskBrokerPort),
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		// Plain http on localhost: the login cookie must not be marked Secure-only.
		N8N_SECURE_COOKIE: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_LOG_LEVEL: 'info',
		N8N_LOG_OUTPUT: 'console',
		EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'all',
		EXECUTIONS_DATA_SAVE_ON_ERROR: 'all',
		EXECUTIONS_DATA_SAVE_MANUAL_EXECUTIONS: 'true',
		GENERIC_TIMEZONE: 'UTC',
		TZ: 'UTC',
	};
}

/**
 * The caller's own N8N_* / DB_* variables would leak into the instance; drop them. NODE_ENV
 * too: jest sets it to "test", and n8n then thinks it runs inside its own unit tests (silent
 * logger, `execute` prints nothing, `start` exits at once).
 */
function inheritedEnvironment(runtime: N8nRuntime): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (/^(N8N_|DB_|EXECUTIONS_|WEBHOOK_URL$|NODE_ENV$|NODE_OPTIONS$|NODE_PATH$|JEST_)/.test(key)) continue;
		env[key] = value;
	}
	// Node 24 first on PATH: the task runner and anything n8n spawns must not pick up Node 20.
	env.PATH = `${path.dirname(runtime.nodeExecutable)}${path.delimiter}${process.env.PATH ?? ''}`;
	return env;
}

export async function createN8nInstance(
	runtime: N8nRuntime,
	options: InstanceOptions = {},
): Promise<N8nInstance> {
	const userFolder = path.resolve(
		options.userFolder ?? fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-instance-')),
	);
	const communityNodesDir = path.join(userFolder, '.n8n', 'nodes', 'node_modules');
	fs.mkdirSync(communityNodesDir, { recursive: true });
	const env = {
		...inheritedEnvironment(runtime),
		...isolatedSettings(userFolder, await findFreePort()),
		...options.env,
	};
	return { runtime, userFolder, communityNodesDir, env };
}

/** Deletes a temporary instance folder (the sqlite db and everything else n8n wrote). */
export function removeN8nInstance(instance: N8nInstance): void {
	fs.rmSync(instance.userFolder, { recursive: true, force: true });
}
