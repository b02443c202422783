// Test code never ships: the figures the reliability suites record for RELIABILITY.md.
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
import * as fs from 'fs';
import * as path from 'path';

/** The repository root, from the sources (jest) or from their compiled copy under build/. */
function repositoryRoot(): string {
	let dir = __dirname;
	while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
	return dir;
}

export const RESULTS_DIR = path.join(repositoryRoot(), 'build', 'reliability');

export interface CatalogResult {
	operation: string;
	what: string;
	error: string;
	/** Requests that left the node when Continue On Fail was off (0 for local checks). */
	requests: number;
	needsAirudder: boolean;
	inputItems: number;
	/** Items out under Continue On Fail, and how many input items were paired with one. */
	outputItems: number;
	pairedInputs: number;
}

export interface FaultResult {
	fault: string;
	operation: string;
	items: number;
	succeeded: number;
	errorItems: number;
	requests: number;
	/** Tasks AIRudder created more than once (the figure that must stay 0). */
	duplicates: number;
	logins: number;
	seconds: number;
	note: string;
}

export function saveResults(name: 'catalog' | 'faults', rows: CatalogResult[] | FaultResult[]): void {
	fs.mkdirSync(RESULTS_DIR, { recursive: true });
	fs.writeFileSync(path.join(RESULTS_DIR, `${name}.json`), JSON.stringify({ recordedAt: new Date().toISOString(), rows }, null, '\t'));
}
