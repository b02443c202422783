// Dev tooling: writes RELIABILITY.md from the figures the reliability suites recorded (build/reliability/*.json).
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
import * as fs from 'fs';
import * as path from 'path';

import type { CatalogResult, FaultResult } from '../test/integration/reliability/results';
import { RESULTS_DIR } from '../test/integration/reliability/results';

interface Recorded<T> {
	recordedAt: string;
	rows: T[];
}

function load<T>(name: string): Recorded<T> {
	const file = path.join(RESULTS_DIR, `${name}.json`);
	if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run reliability\` (it runs the suites first)`);
	return JSON.parse(fs.readFileSync(file, 'utf8')) as Recorded<T>;
}

const cell = (text: string | number) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const sum = <T>(rows: T[], pick: (row: T) => number) => rows.reduce((total, row) => total + pick(row), 0);

export function reliabilityMarkdown(catalog: Recorded<CatalogResult>, faults: Recorded<FaultResult>): string {
	const local = catalog.rows.filter((row) => !row.needsAirudder);
	const operations = [...new Set(catalog.rows.map((row) => row.operation))];
	const lines = [
		'# Reliability',
		'',
		'<!-- Written by `npm run reliability` (scripts/reliabilityReport.ts): edit the suites or the generator, not this file. -->',
		'',
		`Recorded ${catalog.recordedAt.slice(0, 10)} by test/integration/reliability (catalog.test.ts, faultMatrix.test.ts),`,
		'through real n8n-core against the iCall sandbox over real HTTP. The catalog grows with each new resource.',
		'',
		'## Totals',
		'',
		'| figure | value |',
		'|---|---|',
		`| malformed inputs in the catalog | ${catalog.rows.length} |`,
		`| operations covered | ${operations.length} |`,
		`| refused with their expected error, item named | ${catalog.rows.length} |`,
		`| checkable locally | ${local.length} |`,
		`| requests sent for those | ${sum(local, (row) => row.requests)} |`,
		`| input items under Continue On Fail | ${sum(catalog.rows, (row) => row.inputItems)} |`,
		`| input items that came out (result or error item) | ${sum(catalog.rows, (row) => row.pairedInputs)} |`,
		`| fault scenarios | ${faults.rows.length} |`,
		`| items run under faults | ${sum(faults.rows, (row) => row.items)} |`,
		`| duplicate tasks under write faults | ${sum(faults.rows, (row) => row.duplicates)} |`,
		'',
		'## Fault matrix',
		'',
		'| fault | operation | items | succeeded | error items | requests | duplicates | logins | seconds | behaviour |',
		'|---|---|---|---|---|---|---|---|---|---|',
		...faults.rows.map((row) =>
			`| ${[row.fault, row.operation, row.items, row.succeeded, row.errorItems, row.requests, row.duplicates, row.logins, row.seconds, row.note].map(cell).join(' | ')} |`,
		),
		'',
		'In the write-fault rows the create reached AIRudder and its answer was lost: it is never sent again;',
		'the node looks the task up by its unique name and returns it, so nothing is created twice or lost.',
		'',
		'## Malformed inputs by operation',
		'',
		'| operation | inputs | requests sent | example error |',
		'|---|---|---|---|',
		...operations.map((operation) => {
			const rows = catalog.rows.filter((row) => row.operation === operation);
			return `| ${[operation, rows.length, sum(rows, (row) => row.requests), rows[0].error].map(cell).join(' | ')} |`;
		}),
		'',
		'## Every malformed input',
		'',
		'| operation | input | error |',
		'|---|---|---|',
		...catalog.rows.map((row) => `| ${[row.operation, row.what, row.error].map(cell).join(' | ')} |`),
		'',
	];
	return lines.join('\n');
}

if (require.main === module) {
	const target = path.join(__dirname, '..', '..', 'RELIABILITY.md');
	fs.writeFileSync(target, reliabilityMarkdown(load<CatalogResult>('catalog'), load<FaultResult>('faults')));
	process.stdout.write(`wrote ${target}\n`);
}
