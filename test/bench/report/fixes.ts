// Dev tooling (benchmarks); never shipped in the n8n package.
// Figures that missed their target, the cause found and the figure after the fix. Kept here (not
// only in BENCHMARKS.md) because every `npm run bench` rewrites BENCHMARKS.md.

export interface RecordedFix {
	scenario: string;
	before: string;
	after: string;
	cause: string;
	change: string;
}

export const recordedFixes: RecordedFix[] = [];
