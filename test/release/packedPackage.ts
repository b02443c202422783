// Test code never ships: packs the project the way `npm publish` would and unpacks the tarball.
/* eslint-disable @n8n/community-nodes/no-restricted-imports */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { findProjectRoot, packProject } from '../../scripts/n8n-runtime';
import { runProcessOrThrow } from '../../scripts/n8n-runtime/process-utils';

export interface PackedPackage {
	projectRoot: string;
	tarball: string;
	/** Compressed size of the .tgz in bytes. */
	tarballBytes: number;
	/** Paths inside the package, sorted (`dist/nodes/...`, `package.json`, ...). */
	files: string[];
	/** The tarball unpacked: what a user's n8n finds in node_modules/n8n-nodes-airudder. */
	unpackedDir: string;
	remove(): void;
}

function listFiles(root: string, dir = root): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		return entry.isDirectory() ? listFiles(root, full) : [path.relative(root, full).split(path.sep).join('/')];
	});
}

/** Packs the built project (`npm run build` must have run) into a temporary folder and unpacks it. */
export async function packAndUnpack(): Promise<PackedPackage> {
	const projectRoot = findProjectRoot();
	const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'airudder-pack-'));
	const tarball = await packProject(projectRoot, workDir);
	await runProcessOrThrow('tar', ['-xzf', tarball, '-C', workDir]);
	const unpackedDir = path.join(workDir, 'package');
	return {
		projectRoot,
		tarball,
		tarballBytes: fs.statSync(tarball).size,
		files: listFiles(unpackedDir).sort(),
		unpackedDir,
		remove: () => fs.rmSync(workDir, { recursive: true, force: true }),
	};
}
