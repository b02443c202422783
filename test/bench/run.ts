// Dev tooling (`npm run bench`); never shipped in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { findProjectRoot, packProject } from '../../scripts/n8n-runtime';
import { benchRuntime } from './lib/bench-n8n';
import { progress, verdictOf, type ResultRow } from './lib/result';
import { writeBenchmarksMd, type BenchReport } from './report/benchmarks-md';
import { refreshMethodSection } from './report/refresh-method';
import { runApiScenarios } from './suites/api-suite';
import { upsertBenchmarkRows } from './report/upsert-rows';
import { runRecordingScenarios } from './suites/recordings-suite';
import { runSafeDialingScenarios, SAFE_DIALING_PREFIX } from './scenarios/safe-dialing';
import { runUploadScenarios, UPLOAD_PREFIX } from './suites/upload-suite';
import { runWorkflowScenarios } from './suites/workflow-suite';
import { WORKFLOW_UPLOAD_PREFIX } from './scenarios/workflow-upload';
import { POLL_PREFIX, measurePolling } from './scenarios/poll';

/** BENCH_PAIRS=n changes the number of A/B pairs (never below the 5 the report promises). */
function pairsFromEnvironment(): number {
	const wanted = Number(process.env.BENCH_PAIRS ?? 5);
	return Number.isFinite(wanted) && wanted >= 1 ? Math.floor(wanted) : 5;
}

/**
/**
 * BENCH_ONLY=api, recordings, workflow, upload, poll or safety runs one suite (while working on it); no report then,
 * except that BENCH_ONLY=workflow, upload, poll and safety update their own rows (and the method section) of BENCHMARKS.md in place.
 */
function selectedSuites(): { api: boolean; recordings: boolean; workflow: boolean; upload: boolean; poll: boolean; safety: boolean } {
	const only = process.env.BENCH_ONLY;
	return {
		api: !only || only === 'api',
		recordings: !only || only === 'recordings',
		workflow: !only || only === 'workflow',
		upload: !only || only === 'upload',
		poll: !only || only === 'poll',
		safety: !only || only === 'safety',
	};
}

/**
 * BENCH_RENDER_ONLY=1 rewrites BENCHMARKS.md from the last full run's saved results: for a change
 * of the report's text (fixes, explanations) without measuring for 20 minutes again.
 */
function renderOnly(root: string): void {
	const saved = JSON.parse(fs.readFileSync(path.join(root, 'build', 'bench-results.json'), 'utf8')) as BenchReport;
	if (saved.pairs < 5) throw new Error('build/bench-results.json is from a partial run; run `npm run bench`');
	writeBenchmarksMd(path.join(root, 'BENCHMARKS.md'), saved);
	progress(`BENCHMARKS.md rewritten from the results measured on ${saved.measuredOn}`);
}

async function main(): Promise<void> {
	if (process.env.BENCH_RENDER_ONLY) return renderOnly(findProjectRoot());
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
		if (suites.workflow) rows.push(...(await runWorkflowScenarios(runtime, tarball)));
		if (suites.upload) rows.push(...(await runUploadScenarios(runtime, tarball, pairs)));
		if (suites.poll) rows.push(...(await measurePolling(pairs)));
		if (suites.safety) rows.push(...(await runSafeDialingScenarios()));
		const minutes = ((Date.now() - started) / 60000).toFixed(1);
		const everySuite = suites.api && suites.recordings && suites.workflow && suites.upload && suites.poll && suites.safety;
		const complete = everySuite && pairs >= 5 && !process.env.BENCH_SCENARIOS && !process.env.BENCH_N8N_ENV;
		const report: BenchReport = {
			measuredOn: new Date().toISOString().slice(0, 10),
			rows,
			runtime: { n8nVersion: runtime.n8nVersion, nodeVersion: runtime.nodeVersion },
			pairs: complete ? pairs : 0,
			minutes,
		};
		fs.writeFileSync(path.join(root, 'build', 'bench-results.json'), `${JSON.stringify(report, null, 2)}\n`);
		for (const row of rows) progress(`${verdictOf(row).toUpperCase().padEnd(9)} ${row.scenario}: ${row.figure} (target ${row.target})`);
		if (complete) {
			writeBenchmarksMd(path.join(root, 'BENCHMARKS.md'), { ...report, pairs });
			progress(`BENCHMARKS.md written (${minutes} min)`);
		} else if (process.env.BENCH_ONLY === 'workflow') {
			upsertBenchmarkRows(path.join(root, 'BENCHMARKS.md'), WORKFLOW_UPLOAD_PREFIX, rows, report.measuredOn);
			refreshMethodSection(path.join(root, 'BENCHMARKS.md'));
			progress('BENCHMARKS.md: workflow-upload rows and the method section updated, the rest left as it is');
		} else if (process.env.BENCH_ONLY === 'upload' && pairs >= 5) {
			upsertBenchmarkRows(path.join(root, 'BENCHMARKS.md'), UPLOAD_PREFIX, rows, report.measuredOn);
			refreshMethodSection(path.join(root, 'BENCHMARKS.md'));
			progress(`BENCHMARKS.md: file-upload rows and the method section updated (${minutes} min)`);
		} else if (process.env.BENCH_ONLY === 'poll') {
			upsertBenchmarkRows(path.join(root, 'BENCHMARKS.md'), POLL_PREFIX, rows, report.measuredOn);
			progress('BENCHMARKS.md: polling-trigger rows updated, the rest left as it is');
		} else if (process.env.BENCH_ONLY === 'safety') {
			upsertBenchmarkRows(path.join(root, 'BENCHMARKS.md'), SAFE_DIALING_PREFIX, rows, report.measuredOn);
			progress('BENCHMARKS.md: safe-dialing rows updated, the rest left as it is');
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
