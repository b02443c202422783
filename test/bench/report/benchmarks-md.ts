// Dev tooling (benchmarks); never shipped in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports */
import * as fs from 'fs';
import * as os from 'os';

import type { N8nRuntime } from '../../../scripts/n8n-runtime';
import { INJECTED_LATENCY_MS } from '../lib/bench-sandbox';
import { verdictOf, type ResultRow } from '../lib/result';
import { contactPipelineChoices } from './codeChoices';
import { explainedMisses, measuredInTheCode, recordedFixes, triggerVersionNote } from './fixes';
import { methodSection } from './method';

/** What a bench run saves (build/bench-results.json) and the report is written from. */
export interface BenchReport {
	/** YYYY-MM-DD of the measurement. */
	measuredOn: string;
	rows: ResultRow[];
	runtime: Pick<N8nRuntime, 'n8nVersion' | 'nodeVersion'>;
	pairs: number;
	minutes: string;
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

function machine(): string {
	const cpus = os.cpus();
	const memoryGiB = Math.round(os.totalmem() / 1024 ** 3);
	return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${memoryGiB} GiB, ${os.type()} ${os.release()}`;
}

export function writeBenchmarksMd(file: string, report: BenchReport): void {
	const lines = [
		'# Benchmarks',
		'',
		'<!-- Written by `npm run bench` (test/bench/run.ts): edit the generator, not this file. -->',
		'',
		`Measured on ${report.measuredOn} · ${machine()} · n8n ${report.runtime.n8nVersion} on Node ${report.runtime.nodeVersion} ·`,
		`iCall sandbox with ${INJECTED_LATENCY_MS} ms injected latency per request · ${report.pairs} A/B pairs per scenario · whole run ${report.minutes} min.`,
		'',
		'Ratios are our node (A) over n8n\'s own node doing the same work (B), taken pair by pair; each',
		'cell shows the median and, in brackets, the minimum and maximum. Absolute figures depend on the',
		'machine; the verdict is the ratio.',
		'',
		'| scenario | figure | target | verdict | absolute figures |',
		'|---|---|---|---|---|',
		...report.rows.map(
			(row) => `| ${cell(row.scenario)} | ${cell(row.figure)} | ${cell(row.target)} | ${row.met === false ? '**missed**' : verdictOf(row)} | ${cell(row.detail)} |`,
		),
		'',
		'## Misses found and fixed',
		'',
		...(recordedFixes.length === 0
			? ['None so far: every figure met its target on the first measurement.']
			: [
					'| scenario | before | after | cause | change |',
					'|---|---|---|---|---|',
					...recordedFixes.map((fix) => `| ${cell(fix.scenario)} | ${cell(fix.before)} | ${cell(fix.after)} | ${cell(fix.cause)} | ${cell(fix.change)} |`),
				]),
		'',
		'## Misses not fixed',
		'',
		...explainedMisses.map((miss) => `- **${miss.scenario}.** ${miss.cause}`),
		'',
		...triggerVersionNote,
		'## Measured in the code',
		'',
		...measuredInTheCode.map((note) => `- ${note}`),
		'',
		'## Speed in the contact pipeline',
		'',
		...contactPipelineChoices.map((choice) => `- **${choice.what}.** ${choice.story}`),
		'',
		...methodSection(),
	];
	fs.writeFileSync(file, `${lines.join('\n')}\n`);
}
