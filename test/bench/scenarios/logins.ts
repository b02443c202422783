// Dev tooling (benchmarks); never shipped in the n8n package.
import type { BenchN8n } from '../lib/bench-n8n';
import type { PreparedSandbox } from '../lib/bench-sandbox';
import { msText, progress, type ResultRow } from '../lib/result';
import { spreadOf } from '../lib/stats';
import { nodeTiming, runViaWebhook } from '../lib/webhook-run';
import type { DrivenWorkflow } from '../workflows/scenario-workflows';
import { MEASURED } from '../workflows/scenario-workflows';

export const LOGIN_EXECUTIONS = 10;
export const LOGIN_ITEMS = 1000;

/** Requests in flight: the editor's maximum, so 50 first requests race for the first login (the default is 5). */
export const LOGIN_CONCURRENCY = 50;

/**
 * 10 executions of a 1 000-item Task → Get workflow at 50 items in parallel on a credential that
 * starts without a token. Must be the first use of that credential. There is no B side to run: a
 * per-item login would be one login per request, 10 × 1 000.
 */
export async function measureLogins(bench: BenchN8n, api: PreparedSandbox, workflow: DrivenWorkflow): Promise<ResultRow[]> {
	const loginsBefore = api.sandbox.log.count('auth');
	const readsBefore = api.sandbox.log.count('taskGet');
	const durations: number[] = [];
	for (let run = 0; run < LOGIN_EXECUTIONS; run++) {
		const result = await runViaWebhook(bench, workflow.workflow.id as string, workflow.path);
		durations.push(nodeTiming(result, MEASURED).durationMs);
		progress(`logins: execution ${run + 1}/${LOGIN_EXECUTIONS}, ${api.sandbox.log.count('auth') - loginsBefore} login(s) so far`);
	}
	const logins = api.sandbox.log.count('auth') - loginsBefore;
	const reads = api.sandbox.log.count('taskGet') - readsBefore;
	const naive = LOGIN_EXECUTIONS * LOGIN_ITEMS;
	return [
		{
			scenario: `Logins: ${LOGIN_EXECUTIONS} executions × ${LOGIN_ITEMS} items (Task → Get)`,
			figure: `${logins} login${logins === 1 ? '' : 's'} for ${reads} reads`,
			target: `1 (naive per-item login: ${naive.toLocaleString('en-US')})`,
			met: logins === 1,
			detail: `node time per execution, 50 in parallel: ${msText(spreadOf(durations))}`,
		},
	];
}
