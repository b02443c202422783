// Dev tooling (benchmarks); never shipped in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// Finds where the n8n process spends its time while receiving callbacks: starts n8n with
// `--cpu-prof`, posts callbacks to one receiver (ours unless PROFILE_RECEIVER=plain), stops n8n
// and prints the heaviest functions of the profile. `node build/test/bench/tools/profile-trigger.js`
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { findProjectRoot, packProject } from '../../../scripts/n8n-runtime';
import { benchRuntime, startBenchN8n } from '../lib/bench-n8n';
import { prepareSandbox } from '../lib/bench-sandbox';
import { ourTriggerReceiver, plainWebhookReceiver } from '../workflows/scenario-workflows';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	hitCount?: number;
}

function heaviest(profileFile: string, top: number): string[] {
	const profile = JSON.parse(fs.readFileSync(profileFile, 'utf8')) as { nodes: ProfileNode[] };
	const totals = new Map<string, number>();
	let all = 0;
	for (const node of profile.nodes) {
		const hits = node.hitCount ?? 0;
		all += hits;
		const where = node.callFrame.url.replace(/^.*node_modules\//, '');
		const key = `${node.callFrame.functionName || '(anonymous)'} ${where}:${node.callFrame.lineNumber}`;
		totals.set(key, (totals.get(key) ?? 0) + hits);
	}
	return [...totals.entries()]
		.sort((a, b) => b[1] - a[1])
		.slice(0, top)
		.map(([key, hits]) => `${((100 * hits) / all).toFixed(1).padStart(5)}%  ${key}`);
}

async function main(): Promise<void> {
	const plain = process.env.PROFILE_RECEIVER === 'plain';
	const count = Number(process.env.PROFILE_CALLBACKS ?? 500);
	const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'icall-profile-'));
	const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'icall-profile-pack-'));
	const tarball = await packProject(findProjectRoot(), workDir);
	const api = await prepareSandbox(1);
	const receiver = plain ? plainWebhookReceiver('profTrigPlain001') : ourTriggerReceiver('profTrigOurs0001');
	const bench = await startBenchN8n({
		runtime: await benchRuntime(),
		tarball,
		credentials: [],
		workflows: [receiver.workflow],
		// BENCH_N8N_ENV='{"N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE":"true"}' profiles under other n8n settings.
		env: { ...(JSON.parse(process.env.BENCH_N8N_ENV ?? '{}') as Record<string, string>), NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profileDir}` },
	});
	api.sandbox.configureCallbacks({ url: bench.server.webhookUrl(receiver.path) });
	const posted = await api.sandbox.postCallbacks(count, 20);
	process.stderr.write(`posted ${count}: ${posted.perSecond.toFixed(0)}/s answered, ${posted.failures} failures\n`);
	await new Promise((resolve) => setTimeout(resolve, 5000));
	await bench.stop();
	await api.sandbox.close();
	const profiles = fs.readdirSync(profileDir).map((name) => path.join(profileDir, name));
	const largest = profiles.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0];
	process.stdout.write(`${heaviest(largest, 40).join('\n')}\n(profile: ${largest})\n`);
}

main().catch((error: unknown) => {
	process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
	process.exit(1);
});
