// Dev tooling (CI, the compatibility matrix); never shipped in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-globals */
// `npm run runtime:install -- [version ...]`: installs each runtime that is not cached yet (the
// default version without arguments), one after the other, since each install alone keeps two
// cores busy, and prints one line per version with its time. CI prepares the matrix with it
// while the main suites run; it compiles on its own (scripts/n8n-runtime/tsconfig.json) so that
// it never writes where `npm test`'s build writes.
import { ensureN8nRuntime } from './runtime-install';
import { requestedN8nVersion } from './runtime-versions';

async function main(): Promise<void> {
	const versions = process.argv.slice(2);
	let failed = 0;
	for (const n8nVersion of versions.length > 0 ? versions : [requestedN8nVersion()]) {
		const startedAt = Date.now();
		try {
			const runtime = await ensureN8nRuntime({ n8nVersion });
			const seconds = Math.round((Date.now() - startedAt) / 1000);
			process.stdout.write(`n8n ${runtime.n8nVersion} on node ${runtime.nodeVersion}: ready in ${seconds}s (${runtime.root})\n`);
		} catch (error) {
			failed++;
			process.stderr.write(`n8n ${n8nVersion}: ${(error as Error).message}\n`);
		}
	}
	process.exitCode = failed === 0 ? 0 : 1;
}

void main();
