// Test code never ships: the README coverage table must be the one the contract module generates.
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allEndpoints, webhookEvents } from '../../../sandbox/contract';
import { coverageTable, readmeWithTable } from '../../../scripts/coverageTable';

const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');

describe('README coverage table', () => {
	it('is exactly what the contract module generates (run `npm run coverage:readme`)', () => {
		expect(readmeWithTable(readme)).toBe(readme);
	});

	it('titles every row in English; a Chinese title only follows in parentheses', () => {
		const rows = coverageTable().split('\n').slice(2);
		const cjk = /[\u3400-\u9fff]/;
		for (const row of rows) {
			const title = row.split(' | ')[1];
			expect({ title, english: /^[A-Za-z]/.test(title) }).toEqual({ title, english: true });
			const outsideParentheses = title.replace(/\([^)]*\)/g, '');
			expect({ title, cjkOutsideParentheses: cjk.test(outsideParentheses) }).toEqual({ title, cjkOutsideParentheses: false });
		}
	});

	it('has every CHANGELOG version in its Version history', () => {
		const changelog = readFileSync(join(__dirname, '..', '..', '..', 'CHANGELOG.md'), 'utf8');
		const history = readme.slice(readme.indexOf('## Version history'));
		const versions = [...changelog.matchAll(/^## (\d+\.\d+\.\d+)/gm)].map(([, version]) => version);
		expect(versions.length).toBeGreaterThan(0);
		for (const version of versions) expect(history).toMatch(new RegExp(`^\\| ${version.replace(/\./g, '\\.')}\\b`, 'm'));
	});

	it('names the folder the browser test saves its screenshots in', () => {
		expect(readme).toContain('`artifacts/browser/`');
	});

	it('lists every endpoint and every webhook event', () => {
		const table = coverageTable();
		for (const endpoint of allEndpoints) expect(table).toContain(`\`${endpoint.method} ${endpoint.path}\``);
		for (const event of webhookEvents) expect(table).toContain(`\`${event.id}\``);
	});
});
