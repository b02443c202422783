// Dev tooling (benchmarks); never shipped in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports */
import * as fs from 'fs';

import { verdictOf, type ResultRow } from '../lib/result';
import { methodSection } from './method';

const cell = (text: string) => text.replace(/\|/g, '\\|');

/**
 * A suite run on its own (BENCH_ONLY=upload) updates its own rows in BENCHMARKS.md: rows whose
 * scenario starts with `prefix` are replaced, or appended to the table, and every other row of
 * the last full run stays as it was. Its rows say when they were measured. The method section is
 * rewritten from its generator, so it describes every row.
 */
export function mergeRowsIntoBenchmarksMd(file: string, rows: ResultRow[], prefix: string, measuredOn: string): void {
	const lines = fs.readFileSync(file, 'utf8').split('\n');
	const tableRows = lines.map((line, index) => ({ line, index })).filter(({ line }) => line.startsWith('| ') && !line.startsWith('| scenario |'));
	const firstTable = tableRows.filter(({ index }, position) => position === 0 || tableRows[position - 1].index === index - 1);
	const lastOfTable = firstTable.reduce((last, row) => (row.index === last + 1 ? row.index : last), firstTable[0].index);
	const rendered = rows.map(
		(row) =>
			`| ${cell(row.scenario)} | ${cell(row.figure)} | ${cell(row.target)} | ${row.met === false ? '**missed**' : verdictOf(row)} | ${cell(`${row.detail} (measured on ${measuredOn}, suite run alone)`)} |`,
	);
	const kept: string[] = [];
	lines.forEach((line, index) => {
		if (!(line.startsWith(`| ${prefix}`) && index <= lastOfTable)) kept.push(line);
		if (index === lastOfTable) kept.push(...rendered);
	});
	fs.writeFileSync(file, kept.join('\n'));
	refreshMethodSection(file);
}

/** Rewrites the method section of BENCHMARKS.md from its generator, leaving the results alone. */
export function refreshMethodSection(file: string): void {
	const lines = fs.readFileSync(file, 'utf8').split('\n');
	const method = lines.indexOf('## Method');
	const head = method < 0 ? lines : lines.slice(0, method);
	fs.writeFileSync(file, [...head, ...methodSection(), ''].join('\n'));
}
