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

export const recordedFixes: RecordedFix[] = [
	{
		scenario: 'Logins: 10 executions × 1 000 items',
		before: '5 logins (all in the first execution)',
		after: '1 login',
		cause:
			'n8n logs in inside each request that finds the token empty; the 5 parallel workers of the first execution all found it empty',
		change:
			'`nodes/ICall/transport/loginGate.ts` (used by `transport/request.ts`): on a credential without a token the first request of a node run goes alone, the others wait for its token',
	},
];

/** Misses whose cause is outside our node: what was found, and what a user can do. */
export interface ExplainedMiss {
	scenario: string;
	cause: string;
}

export const explainedMisses: ExplainedMiss[] = [
	{
		scenario: 'Recordings, N8N_DEFAULT_BINARY_DATA_MODE=default',
		cause:
			'The in-memory mode keeps the file as a base64 string in the execution (1.33× by itself) and n8n then copies and serialises the execution to save it; ' +
			'n8n\'s own HTTP Request node downloading the same ZIP on the same server adds the same ~8–9× (reference row), so the multiple is the mode\'s, not the node\'s. ' +
			'1.2× cannot be reached in that mode by any node. n8n 2.x uses `filesystem` when the variable is unset, and there our node adds nothing measurable.',
	},
	{
		scenario: 'Big task, 5 000 items, peak memory',
		cause:
			'Both sides grow the n8n process by 1–4 MiB while the node runs, which is at the resolution of RSS sampling (V8 reuses its heap before RSS grows); ' +
			'our node builds the callee list from the items where the HTTP Request node gets a prebuilt body. Not changed: at 50 000 items the same comparison is 0.02× ' +
			'(1 MiB against 83 MiB), so the node does not scale worse than the bare POST.',
	},
	{
		scenario: 'Trigger throughput',
		cause:
			'n8n 2.41 acquires an expression isolate (isolated-vm, pool of 1, a new isolate per acquisition) in the webhook phase of every trigger node except its own Webhook node ' +
			'(`LiveWebhooks.webhookPhaseNeedsIsolate` in n8n/dist/webhooks/live-webhooks.js checks the node type). Every callback to any community trigger pays one isolate more than ' +
			'the Webhook node; CPU profiles of the n8n process show the isolate bridge (create, initialize, dispose) as the largest cost for our trigger. Nothing in the node can opt out. ' +
			'Check: with `N8N_EXPRESSION_ENGINE=legacy` (no isolates) one pair ran at 46/s (ours) against 52/s (Webhook node), 0.90×. ' +
			'`N8N_EXPRESSION_ENGINE_POOL_SIZE` (default 1) is the lever on the n8n side.',
	},
];
