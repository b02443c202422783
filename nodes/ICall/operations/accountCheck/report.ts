import { PACKAGE_VERSION } from '../../api/client';
import type { Shape } from '../shape';

export type Outcome = 'matches the model' | 'differs from the model' | 'not enabled for this account' | 'failed' | 'skipped';

/** One read of the check as it is output: names from the contract, statuses, and shapes; no value of the account. */
export interface StepReport {
	/** resource.operation of the read, e.g. "task.getMany". */
	check: string;
	request: string;
	provenance: string;
	outcome: Outcome;
	reason?: string;
	httpStatus?: number;
	envelopeCode?: number;
	differences?: string[];
	unmodeledFields?: string[];
	shape?: Shape;
}

export const MATCHES = 'matches the model';
const NOTHING_COMPARED = 'nothing to compare: every read failed, is not enabled or was skipped';

function lines(reports: StepReport[], outcome: Outcome): string[] {
	return reports.filter((report) => report.outcome === outcome).map((report) => `${report.check} (${report.request})`);
}

/** Markdown for a public issue: what differs, with the shape of each answer that differs; nothing else of the account. */
function issueText(nodeName: string, reports: StepReport[]): string {
	const text = [`Account check of ${nodeName} (n8n-nodes-airudder ${PACKAGE_VERSION})`, ''];
	for (const report of reports) {
		const status = [report.httpStatus === undefined ? undefined : `HTTP ${report.httpStatus}`, report.envelopeCode === undefined ? undefined : `code ${report.envelopeCode}`];
		const said = status.filter(Boolean).join(', ');
		text.push(`- ${report.check} \`${report.request}\` [${report.provenance}]: ${report.outcome}${said ? ` (${said})` : ''}${report.reason ? `: ${report.reason}` : ''}`);
		for (const difference of report.differences ?? []) text.push(`  - ${difference}`);
		if (report.unmodeledFields?.length && report.outcome === 'differs from the model') text.push(`  - fields the model does not name: ${report.unmodeledFields.join(', ')}`);
		if (report.outcome === 'differs from the model' && report.shape) text.push('  ```json', `  ${JSON.stringify(report.shape)}`, '  ```');
	}
	return text.join('\n');
}

/** The last item: "matches the model", or every difference, in a form to paste into a public issue. */
export function summaryItem(nodeName: string, reports: StepReport[]) {
	const differing = reports.filter((report) => report.outcome === 'differs from the model');
	const differences = differing.flatMap((report) => (report.differences ?? []).map((difference) => `${report.check} (${report.request}): ${difference}`));
	const compared = reports.some((report) => report.outcome === MATCHES);
	const verdict = differing.length > 0 ? `${differences.length} difference(s) from the model` : compared ? MATCHES : NOTHING_COMPARED;
	return {
		accountCheck: verdict,
		node: nodeName,
		packageVersion: PACKAGE_VERSION,
		differences,
		notEnabled: lines(reports, 'not enabled for this account'),
		failed: lines(reports, 'failed'),
		skipped: lines(reports, 'skipped'),
		forIssue: issueText(nodeName, reports),
	};
}
