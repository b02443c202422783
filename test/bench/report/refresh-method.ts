// Dev tooling (benchmarks); never shipped in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports */
import * as fs from 'fs';

import { methodSection } from './method';

/** Rewrites the method section of BENCHMARKS.md from its generator, leaving the results alone. */
export function refreshMethodSection(file: string): void {
	const lines = fs.readFileSync(file, 'utf8').split('\n');
	const method = lines.indexOf('## Method');
	const head = method < 0 ? lines : lines.slice(0, method);
	fs.writeFileSync(file, [...head, ...methodSection(), ''].join('\n'));
}
