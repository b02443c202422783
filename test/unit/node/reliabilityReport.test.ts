// Test code never ships: RELIABILITY.md must describe the catalog as it is now.
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
import * as fs from 'fs';
import * as path from 'path';

import { malformedInputs } from '../../integration/reliability/catalog';

const report = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'RELIABILITY.md'), 'utf8');

it('RELIABILITY.md counts every malformed input of the catalog (run `npm run reliability` after changing it)', () => {
	expect(report).toContain(`| malformed inputs in the catalog | ${malformedInputs.length} |`);
	for (const input of malformedInputs) expect(report).toContain(`| ${input.operation} | ${input.what.replace(/\|/g, '\\|')} |`);
});

it('RELIABILITY.md reports no request for a locally checkable input and no duplicate task', () => {
	expect(report).toContain('| requests sent for those | 0 |');
	expect(report).toContain('| duplicate tasks under write faults | 0 |');
});
