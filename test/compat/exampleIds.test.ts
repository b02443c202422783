// Dev tooling (tests); never shipped in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// n8n saves a workflow's static data (the trigger's memory of repeats) only for ids that fit its
// column: 16 characters on 1.x. An imported example with a longer id runs, but forgets every
// repeat when n8n restarts.
import * as fs from 'fs';
import * as path from 'path';

const EXAMPLES = path.join(__dirname, '..', '..', 'examples');
const files = fs.readdirSync(EXAMPLES).filter((file) => file.endsWith('.json'));

describe('the example workflows', () => {
	it.each(files)('%s has an id n8n can save static data for (16 characters at most)', (file) => {
		const { id } = JSON.parse(fs.readFileSync(path.join(EXAMPLES, file), 'utf8')) as { id: string };
		expect(id).toMatch(/^[A-Za-z0-9]{1,16}$/);
	});

	it('have ids of their own', () => {
		const ids = files.map((file) => (JSON.parse(fs.readFileSync(path.join(EXAMPLES, file), 'utf8')) as { id: string }).id);
		expect(new Set(ids).size).toBe(ids.length);
	});
});
