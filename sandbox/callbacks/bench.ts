// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { callStatuses } from '../contract';
import type { SeededRandom } from '../random';
import type { SandboxCall } from '../state/model';
import type { RowBuilder } from '../state/rows';
import type { CallbackDispatcher } from './dispatcher';

export interface CallbackBenchResult {
	sent: number;
	/** Count per HTTP status ("200", "503", ...) and "error" for no answer. */
	statuses: Record<string, number>;
	/** Deliveries not answered 2xx. */
	failures: number;
	durationMs: number;
	perSecond: number;
}

/** A call.finished row that no task produced: for load tests of the trigger. */
export function syntheticCallRow(random: SeededRandom, rows: RowBuilder, index: number, at: number): Record<string, unknown> {
	const call: SandboxCall = {
		callId: random.hexId(32, 'bench-call', index),
		taskId: random.hexId(24, 'bench-task', Math.floor(index / 1000)),
		index,
		callee: `+62812${String(index).padStart(7, '0')}`,
		caseId: `CASE-${index}`,
		variables: { name: `Customer ${index}` },
		attempt: 1,
		phase: 'ended',
		status: callStatuses.answered,
		startedAt: at - 60_000,
		endedAt: at,
		talkSeconds: 55,
		intention: 'Promise to pay',
		hasRecording: false,
	};
	return rows.call(call);
}

/**
 * Posts `count` synthetic call.finished callbacks, at most `concurrency` at a time, one try each
 * (a benchmark measures the receiver, retries would blur it), and tallies the answers.
 */
export async function postSyntheticCallbacks(
	dispatcher: CallbackDispatcher,
	makeRow: (index: number) => Record<string, unknown>,
	count: number,
	concurrency: number,
): Promise<CallbackBenchResult> {
	const statuses: Record<string, number> = {};
	let next = 0;
	let failures = 0;
	const started = Date.now();
	const worker = async () => {
		while (next < count) {
			const index = next++;
			const result = await dispatcher.postOnce(makeRow(index));
			const key = result.status === undefined ? 'error' : String(result.status);
			statuses[key] = (statuses[key] ?? 0) + 1;
			if (result.status === undefined || result.status < 200 || result.status >= 300) failures++;
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, count)) }, worker));
	const durationMs = Date.now() - started;
	return { sent: count, statuses, failures, durationMs, perSecond: durationMs > 0 ? (count * 1000) / durationMs : count };
}
