// Test code never ships: n8n's verification scanner finds nothing in what we publish.
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
import * as fs from 'fs';
import * as path from 'path';

import { runProcessOrThrow } from '../../scripts/n8n-runtime/process-utils';
import { packAndUnpack, type PackedPackage } from './packedPackage';

interface ScanLeg {
	leg: 'source' | 'tarball';
	passed: boolean;
	message?: string;
	filesScanned: number;
	findings: Array<{ file: string; line: number; rule: string | null; severity: string; message: string }>;
}

/**
 * `@n8n/scan-community-package` without its registry steps; see scanPackage.mjs. Without jest's
 * NODE_ENV=test: under it, eslint-plugin-n8n-nodes-base runs in its own unit-test mode and treats
 * every file as a node file, which n8n's scan never does.
 */
async function scan(packageDir: string, projectRoot: string): Promise<ScanLeg[]> {
	const env = { ...process.env };
	delete env.NODE_ENV;
	const script = path.join(__dirname, 'scanPackage.mjs');
	const { stdout } = await runProcessOrThrow(process.execPath, [script, packageDir, projectRoot], { env, timeoutMs: 180000 });
	return JSON.parse(stdout.trim().split('\n').pop()!) as ScanLeg[];
}

describe("n8n's community-package scanner", () => {
	let packed: PackedPackage;

	beforeAll(async () => {
		packed = await packAndUnpack();
	}, 120000);

	afterAll(() => packed?.remove());

	it('reports 0 findings on the sources and on the packed tarball', async () => {
		const legs = await scan(packed.unpackedDir, packed.projectRoot);
		expect(legs.map((leg) => leg.leg)).toEqual(['source', 'tarball']);
		for (const leg of legs) {
			expect(leg.filesScanned).toBeGreaterThan(10);
			expect({ leg: leg.leg, findings: leg.findings }).toEqual({ leg: leg.leg, findings: [] });
			expect(leg.passed).toBe(true);
		}
	}, 180000);

	it('fails a tarball with code it forbids', async () => {
		const planted = path.join(packed.unpackedDir, 'dist', 'nodes', 'ICall', 'planted.js');
		fs.writeFileSync(planted, "'use strict';\nconsole.log(require('fs').readFileSync('/etc/passwd', 'utf8'));\n");
		try {
			const tarballLeg = (await scan(packed.unpackedDir, packed.projectRoot)).find((leg) => leg.leg === 'tarball')!;
			expect(tarballLeg.passed).toBe(false);
			expect(tarballLeg.findings.map((finding) => finding.file)).toContain('dist/nodes/ICall/planted.js');
		} finally {
			fs.rmSync(planted);
		}
	}, 180000);
});
