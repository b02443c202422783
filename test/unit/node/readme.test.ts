// Test code never ships: the README coverage table must be the one the contract module generates.
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { allEndpoints, webhookEvents } from '../../../nodes/ICall/contract';
import { coverageTable, readmeWithTable } from '../../../scripts/coverageTable';

const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');

describe('README coverage table', () => {
	it('is exactly what the contract module generates (run `npm run coverage:readme`)', () => {
		expect(readmeWithTable(readme)).toBe(readme);
	});

	it('lists every endpoint and every webhook event', () => {
		const table = coverageTable();
		for (const endpoint of allEndpoints) expect(table).toContain(`\`${endpoint.method} ${endpoint.path}\``);
		for (const event of webhookEvents) expect(table).toContain(`\`${event.id}\``);
	});
});
