// Dev tooling (benchmarks); never shipped in the n8n package.
// Safe dialing: what the do-not-call list costs, and what a preview costs next to the real send.
// Both run the node through n8n-core (the test harness) against the sandbox at the bench latency.
import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { ICallApi } from '../../../credentials/ICallApi.credentials';
import { ICall } from '../../../nodes/ICall/ICall.node';
import { demoAccount, startSandbox } from '../../../sandbox';
import { HarnessCredentialsHelper, runNode } from '../../harness';
import { INJECTED_LATENCY_MS } from '../lib/bench-sandbox';
import { msText, progress, ratioText, type ResultRow } from '../lib/result';
import { spreadOf } from '../lib/stats';

const CONTACTS = 100_000;
const EXCLUDED = 1_000_000;
const RUNS = 5;
/** Every row of this scenario starts so. */
export const SAFE_DIALING_PREFIX = 'Safe dialing:';

function contacts(count: number): INodeExecutionData[] {
	return Array.from({ length: count }, (_, index) => ({ json: { phone: `+62812${String(index).padStart(8, '0')}`, name: `Debtor ${index}` } }));
}

/** A do-not-call list as a sheet gives it: a million numbers, a tenth of them in the send, written with spaces. */
function doNotCallList(): string[] {
	return Array.from({ length: EXCLUDED }, (_, index) => (index % 10 === 0 ? `+62 812 ${String(index / 10).padStart(8, '0')}` : `+62813${String(index).padStart(8, '0')}`));
}

async function timed(run: () => Promise<unknown>): Promise<number> {
	const started = performance.now();
	await run();
	return performance.now() - started;
}

export async function runSafeDialingScenarios(): Promise<ResultRow[]> {
	const sandbox = await startSandbox({ speed: 'manual' });
	const credentialsHelper = new HarnessCredentialsHelper([new ICallApi()], {
		iCallApi: { appKey: demoAccount.appKey, appSecret: demoAccount.appSecret, baseUrl: sandbox.url, token: '' },
	});
	const run = async (parameters: INodeParameters, items: INodeExecutionData[]) => await runNode({ nodeType: new ICall(), credentialsHelper, parameters, items });
	try {
		const items = contacts(CONTACTS);
		const listed = doNotCallList();
		const task = { resource: 'task', operation: 'create', taskName: 'Bench', robot: { __rl: true, mode: 'id', value: 'robot-collection-01' }, contactsSource: 'items', phoneNumberField: 'phone', preview: true };
		const plain: number[] = [];
		const excluding: number[] = [];
		const excludingTask = { ...task, safeDialing: { excludeNumbers: listed.join('\n') } };
		await run(task, items);
		await run(excludingTask, items);
		for (let index = 0; index < RUNS; index++) {
			plain.push(await timed(async () => await run(task, items)));
			excluding.push(await timed(async () => await run(excludingTask, items)));
		}
		const added = spreadOf(excluding.map((ms, index) => ms - plain[index]));
		progress(`safe dialing: preview ${msText(spreadOf(plain))}, with ${EXCLUDED} excluded ${msText(spreadOf(excluding))}`);

		// The workflow send: 100 000 contacts into 10 workflows of 10 000, 1 000 per request, at the bench latency.
		sandbox.faults.set({ latencyMs: INJECTED_LATENCY_MS, latencyWhileProcessing: true });
		const endTime = new Date(Date.now() + 86_400_000).toISOString();
		const workflow = { resource: 'workflow', operation: 'create', template: { __rl: true, mode: 'id', value: '101' }, name: 'Bench', endTime, contactsSource: 'items', phoneNumberField: 'phone', contactBatching: { splitOverLimit: true } };
		const send = await timed(async () => await run(workflow, items));
		const previews: number[] = [];
		for (let index = 0; index < RUNS; index++) previews.push(await timed(async () => await run({ ...workflow, preview: true }, items)));
		const ratio = spreadOf(previews.map((ms) => ms / send));
		return [
			{
				scenario: `${SAFE_DIALING_PREFIX} 1 000 000 excluded numbers against 100 000 contacts (Task: Create preview)`,
				figure: `+${msText(added)}`,
				target: '≤ 500 ms added',
				met: added.median <= 500,
				detail: `preview without the list ${msText(spreadOf(plain))}, with it ${msText(spreadOf(excluding))}; ${RUNS} pairs, n8n-core harness`,
			},
			{
				scenario: `${SAFE_DIALING_PREFIX} preview of 100 000 workflow contacts vs the real send`,
				figure: ratioText(ratio),
				target: '≤ 0.3×',
				met: ratio.median <= 0.3,
				detail: `real send ${Math.round(send)} ms (100 requests at ${INJECTED_LATENCY_MS} ms latency), preview ${msText(spreadOf(previews))}; n8n-core harness`,
			},
		];
	} finally {
		await sandbox.close();
	}
}
