// Dev tooling (e2e tests, `npm start`); never shipped in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
import * as fs from 'fs';
import * as path from 'path';

import type { N8nInstance } from './instance';
import { runProcessOrThrow } from './process-utils';

const PROJECT_NAME = 'n8n-nodes-airudder';

/** The project root, found from this file whether it runs from build/ (node) or scripts/ (ts-jest). */
export function findProjectRoot(start = __dirname): string {
	for (let dir = start; ; dir = path.dirname(dir)) {
		const manifest = path.join(dir, 'package.json');
		if (fs.existsSync(manifest)) {
			const { name } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string };
			if (name === PROJECT_NAME) return dir;
		}
		if (path.dirname(dir) === dir) throw new Error(`no ${PROJECT_NAME} package.json above ${start}`);
	}
}

/**
 * `npm pack` of the project: exactly the files a user would install from the registry
 * (package.json `files`: dist). The project must have been built (`npm run build`) first;
 * pack scripts do not run because the project's .npmrc sets ignore-scripts.
 */
export async function packProject(projectRoot: string, outDir: string): Promise<string> {
	if (!fs.existsSync(path.join(projectRoot, 'dist'))) {
		throw new Error(`${projectRoot}/dist is missing: run \`npm run build\` before packing`);
	}
	fs.mkdirSync(outDir, { recursive: true });
	const { stdout } = await runProcessOrThrow(
		'npm',
		['pack', '--json', '--pack-destination', outDir, '--loglevel=error'],
		{ cwd: projectRoot },
	);
	const [packed] = JSON.parse(stdout) as Array<{ filename: string; name: string }>;
	return path.join(outDir, packed.filename);
}

/**
 * Installs a packed .tgz as a community package of the instance, the place n8n's
 * community-packages module scans at start (`<userFolder>/.n8n/nodes/node_modules/<name>`).
 *
 * Unpacked with tar rather than `npm install`: our package has no dependencies, and npm would
 * also install the `n8n-workflow` peer dependency next to it (a second copy, plus a native
 * build that fails). n8n itself resolves `n8n-workflow` for community packages from its own
 * install (it sets NODE_PATH), which is what happens in production.
 */
export async function installPackageTarball(instance: N8nInstance, tarball: string): Promise<string> {
	const staging = fs.mkdtempSync(path.join(instance.communityNodesDir, '.unpack-'));
	try {
		await runProcessOrThrow('tar', ['-xzf', tarball, '-C', staging]);
		const unpacked = path.join(staging, 'package');
		const { name } = JSON.parse(fs.readFileSync(path.join(unpacked, 'package.json'), 'utf8')) as {
			name: string;
		};
		const target = path.join(instance.communityNodesDir, name);
		fs.rmSync(target, { recursive: true, force: true });
		fs.mkdirSync(path.dirname(target), { recursive: true });
		fs.renameSync(unpacked, target);
		return target;
	} finally {
		fs.rmSync(staging, { recursive: true, force: true });
	}
}

/**
 * Installs a packed .tgz the way the README tells self-hosters to: `npm install` in the n8n
 * nodes folder (which n8n keeps as a small npm project). Unlike n8n's own installer, npm keeps
 * peer dependencies, so this is where a second n8n-workflow would appear; returns the folder.
 */
export async function npmInstallPackageTarball(instance: N8nInstance, tarball: string): Promise<string> {
	const nodesFolder = path.dirname(instance.communityNodesDir);
	const manifest = path.join(nodesFolder, 'package.json');
	if (!fs.existsSync(manifest)) fs.writeFileSync(manifest, '{ "name": "installed-nodes", "private": true }\n');
	await runProcessOrThrow(
		'npm',
		['install', '--no-audit', '--no-fund', '--loglevel=error', tarball],
		{ cwd: nodesFolder, env: { ...process.env, npm_config_update_notifier: 'false' } },
	);
	// npm saved the package as the nodes folder's one dependency, under the name it declares.
	const { dependencies = {} } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { dependencies?: Record<string, string> };
	const [name] = Object.keys(dependencies);
	return path.join(instance.communityNodesDir, name);
}

/** Packs the project and installs it into the instance; returns the installed folder. */
export async function installProjectPackage(
	instance: N8nInstance,
	projectRoot = findProjectRoot(),
): Promise<string> {
	const tarball = await packProject(projectRoot, path.join(instance.userFolder, 'packed'));
	return await installPackageTarball(instance, tarball);
}
