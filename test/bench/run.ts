// Dev tooling (`npm run bench`); never shipped in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { findProjectRoot, packProject } from '../../scripts/n8n-runtime';
import { benchRuntime } from './lib/bench-n8n';
import { progress, type ResultRow } from './lib/result';
import { writeBenchmarksMd } from './report/benchmarks-md';
import { runApiScenarios } from './suites/api-suite';
import { runRecordingScenarios } from './suites/recordings-suite';

/** BENCH_PAIRS=n changes the number of A/B pairs (never below the 5 the report promises). */
function pairsFromEnvironment(): number {
	const wanted = Number(process.env.BENCH_PAIRS ?? 5);
	return Number.isFinite(wanted) && wanted >= 1 ? Math.floor(wanted) : 5;
}

/** BENCH_ONLY=api or BENCH_ONLY=recordings runs one suite (while working on it); no report then. */
function selectedSuites(): { api: boolean; recordings: boolean } {
	const only = process.env.BENCH_ONLY;
	return { api: !only || only === 'api', recordings: !only || only === 'recordings' };
}

async function main(): Promise<void> {
	const started = Date.now();
	const pairs = pairsFromEnvironment();
	const suites = selectedSuites();
	const runtime = await benchRuntime();
	const root = findProjectRoot();
	const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'icall-bench-'));
	try {
		const tarball = await packProject(root, workDir);
		const rows: ResultRow[] = [];
		if (suites.api) rows.push(...(await runApiScenarios(runtime, tarball, pairs)));
		if (suites.recordings) rows.push(...(await runRecordingScenarios(runtime, tarball, pairs)));
		const minutes = ((Date.now() - started) / 60000).toFixed(1);
		fs.writeFileSync(path.join(root, 'build', 'bench-results.json'), `${JSON.stringify(rows, null, 2)}\n`);
		for (const row of rows) progress(`${row.met ? 'MET   ' : 'MISSED'} ${row.scenario}: ${row.figure} (target ${row.target})`);
		if (suites.api && suites.recordings && pairs >= 5 && !process.env.BENCH_SCENARIOS) {
			writeBenchmarksMd(path.join(root, 'BENCHMARKS.md'), { rows, runtime, pairs, minutes });
			progress(`BENCHMARKS.md written (${minutes} min)`);
		} else {
			progress(`partial run (${minutes} min): BENCHMARKS.md left as it is; results in build/bench-results.json`);
		}
	} finally {
		fs.rmSync(workDir, { recursive: true, force: true });
	}
}

main().catch((error: unknown) => {
	process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
	process.exit(1);
});
