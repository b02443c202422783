// Dev tooling (benchmarks); never shipped in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-globals */
import type { Spread } from './stats';

/** One row of the BENCHMARKS.md table. */
export interface ResultRow {
	scenario: string;
	/** The verdict figure, e.g. "1.04× (1.01–1.07)" or "1 login". */
	figure: string;
	target: string;
	/** Undefined for a reference row that has no target of its own. */
	met?: boolean;
	/** Absolute figures of both sides, shown for context. */
	detail: string;
}

export function ratioText(spread: Spread): string {
	return `${spread.median.toFixed(2)}× (${spread.min.toFixed(2)}–${spread.max.toFixed(2)})`;
}

export function msText(spread: Spread): string {
	return `${Math.round(spread.median)} ms (${Math.round(spread.min)}–${Math.round(spread.max)})`;
}

export function mibText(spread: Spread): string {
	const mib = (bytes: number) => (bytes / (1024 * 1024)).toFixed(0);
	return `${mib(spread.median)} MiB (${mib(spread.min)}–${mib(spread.max)})`;
}

/** Prints progress on stderr so a long bench shows it is alive. */
/** "met", "missed" or "reference": the verdict column. */
export function verdictOf(row: ResultRow): string {
	if (row.met === undefined) return 'reference';
	return row.met ? 'met' : 'missed';
}

/** Two decimals, without the "-0.00" a tiny negative difference would print. */
export function fixed2(value: number): string {
	return Math.abs(value) < 0.005 ? '0.00' : value.toFixed(2);
}

export function progress(message: string): void {
	process.stderr.write(`[bench] ${message}\n`);
}
