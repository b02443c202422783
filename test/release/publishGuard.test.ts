// Test code never ships: a bare `npm publish` cannot put the package on npm; only the GitHub
// Actions release (`npm run release`, with provenance) can. npm talks to a local stand-in
// registry that knows no package and records every upload attempt.
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
import * as http from 'http';
import type { AddressInfo } from 'net';

import { findProjectRoot } from '../../scripts/n8n-runtime';
import { runProcess } from '../../scripts/n8n-runtime/process-utils';

describe('publishing', () => {
	let registry: http.Server;
	let registryUrl: string;
	const uploads: string[] = [];

	beforeAll(async () => {
		registry = http.createServer((request, response) => {
			if (request.method !== 'GET') uploads.push(`${request.method} ${request.url}`);
			request.resume();
			response.writeHead(request.method === 'GET' ? 404 : 403, { 'content-type': 'application/json' });
			response.end('{"error":"not here"}');
		});
		await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
		registryUrl = `http://127.0.0.1:${(registry.address() as AddressInfo).port}/`;
	});

	afterAll(async () => await new Promise((resolve) => registry.close(resolve)));

	/** npm outside any CI: ci-info would otherwise see GitHub Actions and take another path. */
	async function npmPublish(extraEnv: NodeJS.ProcessEnv, args: string[] = []) {
		const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, ...extraEnv };
		const registryArgs = [
			`--registry=${registryUrl}`,
			`--${registryUrl.replace(/^http:/, '')}:_authToken=not-a-real-token`,
			'--fetch-retries=0',
		];
		const result = await runProcess('npm', ['publish', ...registryArgs, ...args], { cwd: findProjectRoot(), env, timeoutMs: 60000 });
		return { exitCode: result.exitCode, output: `${result.stdout}\n${result.stderr}` };
	}

	it('prepublishOnly refuses a publish that does not come from `npm run release` once scripts run', async () => {
		const result = await npmPublish({ NPM_CONFIG_IGNORE_SCRIPTS: 'false' }, ['--dry-run']);
		expect(result.exitCode).not.toBe(0);
		expect(result.output).toContain('n8n-node prerelease');
	}, 90000);

	it('lets the release through the script guard (RELEASE_MODE, as `n8n-node release` sets it)', async () => {
		const result = await npmPublish({ NPM_CONFIG_IGNORE_SCRIPTS: 'false', RELEASE_MODE: 'true' }, ['--dry-run']);
		expect(result.output).toContain('n8n-nodes-airudder@');
		expect(result.exitCode).toBe(0);
	}, 90000);

	it('fails before upload outside GitHub Actions, whatever ignore-scripts says: .npmrc requires provenance', async () => {
		const result = await npmPublish({});
		expect(result.output).toContain('Automatic provenance generation not supported');
		expect(result.exitCode).not.toBe(0);
		expect(uploads).toEqual([]);
	}, 90000);
});
