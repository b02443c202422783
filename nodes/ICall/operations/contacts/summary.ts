import type { INodeExecutionData } from 'n8n-workflow';
import type { LeftOutContacts } from './leftOut';
import type { ContactProblem } from './read';

/**
 * The counts a sending run ends with, on every output item of the run, so that an If node can
 * branch on them: how many contacts were sent (or, in a preview, would be), how many were left out
 * for each reason, and how many were in requests that failed.
 */

export interface SendSummary {
	preview: boolean;
	/** In a preview the key is `wouldSend`: nothing was sent. */
	sent: number;
	failed: number;
	invalid: number;
	duplicate: number;
	excluded: number;
	outsideHours: number;
}

/** One contact of a problem: its item, and its row when it was typed into the node. */
function contactOf(problem: ContactProblem): string {
	return `${problem.itemIndex}|${/^Contacts\[\d+\]/.exec(problem.field)?.[0] ?? ''}`;
}

function countContacts(problems: ContactProblem[], kind: ContactProblem['kind']): number {
	return new Set(problems.filter((problem) => problem.kind === kind).map(contactOf)).size;
}

/** Contacts of the output's request items: accepted (or, in a preview, to send) and failed. */
function requestCounts(output: INodeExecutionData[]): { sent: number; failed: number } {
	let sent = 0;
	let failed = 0;
	for (const { json } of output) {
		if (json.batch === undefined) continue;
		// A failed chunk of typed contacts lists its numbers; a failed contact of an input item is one item.
		if (json.error !== undefined) failed += Array.isArray(json.numbers) ? json.numbers.length : 1;
		else sent += Number(json.contacts);
	}
	return { sent, failed };
}

export function summarise(output: INodeExecutionData[], problems: ContactProblem[], leftOut: LeftOutContacts, preview: boolean): SendSummary {
	return {
		preview,
		...requestCounts(output),
		invalid: countContacts(problems, undefined),
		duplicate: countContacts(problems, 'duplicate') + leftOut.duplicate.length,
		excluded: leftOut.excluded.length,
		outsideHours: countContacts(problems, 'outsideHours') + leftOut.outsideHours.length,
	};
}

/** Every output item of the run carries the run's counts under `summary`. */
export function withSummary(output: INodeExecutionData[], summary: SendSummary): INodeExecutionData[] {
	const { preview, sent, ...rest } = summary;
	const shown = preview ? { preview, wouldSend: sent, ...rest } : { sent, ...rest };
	return output.map((item) => ({ ...item, json: { ...item.json, summary: shown } }));
}
