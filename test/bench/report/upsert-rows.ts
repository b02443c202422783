// Dev tooling (benchmarks); never shipped in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports */
import * as fs from 'fs';

import { verdictOf, type ResultRow } from '../lib/result';

const cell = (text: string) => text.replace(/\|/g, '\\|');

/**
 * A single-scenario run (BENCH_ONLY=workflow) updates only its own rows of BENCHMARKS.md: rows whose
 * scenario starts with `prefix` are replaced (or added at the end of the results table), the rest of
 * the file, measured by the last full run, stays as it is. The date goes into each row.
 */
export function upsertBenchmarkRows(file: string, prefix: string, rows: ResultRow[], measuredOn: string): void {
	const lines = fs.readFileSync(file, 'utf8').split('\n');
	const isResultRow = (line: string) => line.startsWith('| ') && !line.startsWith('| scenario |');
	const tableStart = lines.findIndex((line) => line.startsWith('| scenario | figure |'));
	if (tableStart < 0) throw new Error(`${file} has no results table`);
	let tableEnd = tableStart + 2;
	while (tableEnd < lines.length && isResultRow(lines[tableEnd])) tableEnd++;
	const kept = lines.slice(tableStart + 2, tableEnd).filter((line) => !line.startsWith(`| ${cell(prefix)}`));
	const fresh = rows.map(
		(row) =>
			`| ${cell(row.scenario)} | ${cell(row.figure)} | ${cell(row.target)} | ${row.met === false ? '**missed**' : verdictOf(row)} | ${cell(`${row.detail} (single-scenario run of ${measuredOn})`)} |`,
	);
	fs.writeFileSync(file, [...lines.slice(0, tableStart + 2), ...kept, ...fresh, ...lines.slice(tableEnd)].join('\n'));
}
