// Test code never ships: the published package holds exactly what n8n loads.
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
import * as fs from 'fs';
import * as path from 'path';

import { packAndUnpack, type PackedPackage } from './packedPackage';
import { TARBALL_LIMIT_BYTES, unexpectedFiles } from './shippedFiles';

interface Manifest {
	main?: string;
	engines?: { node?: string };
	scripts: Record<string, string>;
	n8n: { nodes: string[]; credentials: string[] };
}

function sourcesOf(root: string, dir: string): string[] {
	const full = path.join(root, dir);
	return fs.readdirSync(full, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? sourcesOf(root, path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? [path.join(dir, entry.name).split(path.sep).join('/')] : [],
	);
}

describe('the packed package', () => {
	let packed: PackedPackage;
	let manifest: Manifest;

	beforeAll(async () => {
		packed = await packAndUnpack();
		manifest = JSON.parse(fs.readFileSync(path.join(packed.unpackedDir, 'package.json'), 'utf8')) as Manifest;
		process.stdout.write(`packed: ${packed.tarballBytes} bytes, ${packed.files.length} files\n`);
	}, 120000);

	afterAll(() => packed?.remove());

	it('holds nothing n8n does not load: no build cache, source maps, declarations or second package.json', () => {
		expect(unexpectedFiles(packed.files)).toEqual([]);
	});

	it(`stays under ${TARBALL_LIMIT_BYTES / 1024} KB compressed`, () => {
		expect(packed.tarballBytes).toBeLessThan(TARBALL_LIMIT_BYTES);
	});

	it('ships every node and credential that package.json announces to n8n', () => {
		for (const entry of [...manifest.n8n.nodes, ...manifest.n8n.credentials]) expect(packed.files).toContain(entry);
	});

	it('ships one compiled file per source file of nodes/ and credentials/, none stale, none missing', () => {
		const sources = ['nodes', 'credentials'].flatMap((dir) => sourcesOf(packed.projectRoot, dir));
		const expected = sources.map((source) => `dist/${source.replace(/\.ts$/, '.js')}`).sort();
		expect(packed.files.filter((file) => file.endsWith('.js'))).toEqual(expected);
	});

	it('ships every icon the nodes and credentials point at', () => {
		const icons = packed.files
			.filter((candidate) => candidate.endsWith('.js'))
			.flatMap((file) =>
				[...fs.readFileSync(path.join(packed.unpackedDir, file), 'utf8').matchAll(/['"]file:([^'"]+)['"]/g)].map(
					([, icon]) => path.posix.join(path.posix.dirname(file), icon),
				),
			);
		expect(icons.length).toBeGreaterThan(0);
		for (const icon of icons) expect(packed.files).toContain(icon);
	});

	it('has no `main` (n8n reads the `n8n` section) and states the Node versions it runs on', () => {
		expect(manifest.main).toBeUndefined();
		expect(manifest.engines?.node).toMatch(/^>=\d+\.\d+/);
	});

	it('publishes only through `npm run release` (prepublishOnly refuses a bare `npm publish`)', () => {
		expect(manifest.scripts.release).toBe('n8n-node release');
		expect(manifest.scripts.prepublishOnly).toBe('n8n-node prerelease');
	});
});

describe('the shipped-file rule', () => {
	it('rejects what older builds shipped', () => {
		const leaked = [
			'dist/tsconfig.tsbuildinfo',
			'dist/package.json',
			'dist/nodes/ICall/ICall.node.js.map',
			'dist/nodes/ICall/ICall.node.d.ts',
			'dist/test/harness/fixtures/fixture.svg',
		];
		expect(unexpectedFiles([...leaked, 'dist/nodes/ICall/ICall.node.js', 'package.json'])).toEqual(leaked);
	});
});
