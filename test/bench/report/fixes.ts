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
		scenario: 'Trigger throughput',
		cause:
			'n8n 2.41 acquires an expression isolate (isolated-vm, pool of 1, a new isolate per acquisition) in the webhook phase of every trigger node except its own Webhook node ' +
			'(`LiveWebhooks.webhookPhaseNeedsIsolate` in n8n/dist/webhooks/live-webhooks.js checks the node type). Every callback to any community trigger pays one isolate more than ' +
			'the Webhook node; CPU profiles of the n8n process show the isolate bridge (create, initialize, dispose) as the largest cost for our trigger. Nothing in the node can opt out. ' +
			'`N8N_EXPRESSION_ENGINE_POOL_SIZE` (default 1) is the lever on the n8n side.',
	},
];
