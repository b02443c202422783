import type { IDataObject } from 'n8n-workflow';
import { PACKAGE_VERSION } from '../../api/client';
import { conventions } from '../../api/contract/conventions';
import type { ExpectedAnswer } from '../../api/contract/types';
import { rowsOf } from '../../api/paging';
import type { Shape } from '../shape';
import { HIDDEN_KEY, shownKey, shownKeys, typeOf, unexplainedKeys } from '../shape';

const { envelope } = conventions;

/** What one answer says against the model: its differences, and its rows for the next reads (never output). */
export interface Judgement {
	differences: string[];
	/** Row fields the model does not name: a hint when an expected one is missing (a renamed key). */
	unmodeledFields: string[];
	rows: IDataObject[];
	/** The envelope's code when it is a number (the only value of an answer that is shown). */
	envelopeCode?: number;
	/** The envelope says failure (a code other than the success code): not a shape to compare. */
	refused: boolean;
}

const isObject = (value: unknown): value is IDataObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const quoted = (keys: string[]) => keys.map((key) => `"${key}"`).join(', ');

/** Where lists sit anywhere in the answer, so a list the paging rule cannot find is named by its path. */
function listPaths(value: unknown, path: string, depth = 0): string[] {
	if (Array.isArray(value)) return [path];
	if (!isObject(value) || depth > 4) return [];
	return Object.entries(value).flatMap(([key, nested]) => listPaths(nested, path === '' ? shownKey(key) : `${path}.${shownKey(key)}`, depth + 1));
}

/** The envelope rule of the client: a JSON object whose `code` is the success code, the answer under `data`. */
function envelopeDifferences(body: unknown): { differences: string[]; code?: unknown } {
	if (!isObject(body)) return { differences: [`the answer is ${typeOf(body)}, not a JSON envelope`] };
	const keys = shownKeys(body);
	if (!(envelope.code in body)) return { differences: [`unknown envelope: no "${envelope.code}" key (top-level keys: ${quoted(keys)})`] };
	const code = body[envelope.code];
	if (typeof code !== 'number' && typeof code !== 'string') {
		return { differences: [`unknown envelope: "${envelope.code}" holds ${typeOf(code)}, where the package expects the number ${envelope.successCode}`], code };
	}
	return { differences: [], code };
}

/** The paging rule (rowsOf): rows are `data` as a list, or the one list-valued property of `data`; else `data` is one row. */
function rowDifferences(data: unknown): { differences: string[]; rows: IDataObject[] } {
	if (data === undefined || data === null) return { differences: [], rows: [] };
	if (!isObject(data) && !Array.isArray(data)) return { differences: [`"${envelope.data}" holds ${typeOf(data)}, where the package expects a list of rows`], rows: [] };
	const rows = rowsOf(data);
	const listFound = Array.isArray(data) || rows.length !== 1 || rows[0] !== data;
	if (listFound) return { differences: [], rows };
	const lists = listPaths(data, envelope.data);
	const direct = lists.filter((path) => path.split('.').length === 2);
	const reason = direct.length > 1 ? `"${envelope.data}" has ${direct.length} lists, the rule needs exactly one` : `no list directly in "${envelope.data}"`;
	const found = lists.length > 0 ? `; lists sit at ${quoted(lists)}` : '; the answer holds no list';
	return { differences: [`the paging rule cannot find the list: ${reason}${found}`], rows: [] };
}

/** Whether a value has the kind the package reads: text or a number unless the model says list or object. */
function hasKind(value: unknown, kind: 'list' | 'object' | undefined): boolean {
	if (kind === 'list') return Array.isArray(value);
	if (kind === 'object') return isObject(value);
	return typeof value === 'string' || typeof value === 'number' || value === null;
}

const kindWords = { list: 'a list', object: 'an object', scalar: 'text or a number' };

/** Missing fields and fields of another type, over every row; the fields the model does not name, as a hint. */
function fieldDifferences(rows: IDataObject[], expected: ExpectedAnswer): { differences: string[]; unmodeled: string[] } {
	const differences: string[] = [];
	for (const field of expected.fields) {
		const kind = expected.nested?.[field];
		if (rows.some((row) => !(field in row))) {
			differences.push(`field "${field}" is missing`);
			continue;
		}
		const other = rows.map((row) => row[field]).find((value) => !hasKind(value, kind));
		if (other !== undefined) differences.push(`field "${field}" holds ${typeOf(other)}, where the package expects ${kindWords[kind ?? 'scalar']}`);
	}
	const unmodeled = [...new Set(rows.flatMap((row) => unexplainedKeys(row, expected.fields)))];
	// A hidden key stays hidden; the hint only helps when it names something.
	return { differences, unmodeled: unmodeled.filter((key) => key !== HIDDEN_KEY) };
}

/** Compares one answer with what the package reads or expects of it. */
export function judgeAnswer(body: unknown, expected: ExpectedAnswer): Judgement {
	const envelopeCheck = envelopeDifferences(body);
	const envelopeCode = typeof envelopeCheck.code === 'number' ? envelopeCheck.code : undefined;
	const none = { unmodeledFields: [], rows: [], envelopeCode };
	if (envelopeCheck.differences.length > 0) return { ...none, differences: envelopeCheck.differences, refused: false };
	if (Number(envelopeCheck.code) !== envelope.successCode) return { ...none, differences: [], refused: true };
	const data = (body as IDataObject)[envelope.data];
	if (expected.holds === 'object') {
		if (!isObject(data)) return { ...none, differences: [`"${envelope.data}" holds ${typeOf(data)}, where the package expects one object`], refused: false };
		const fields = fieldDifferences([data], expected);
		return { differences: fields.differences, unmodeledFields: fields.unmodeled, rows: [data], envelopeCode, refused: false };
	}
	const found = rowDifferences(data);
	const fields = fieldDifferences(found.rows, expected);
	return {
		differences: [...found.differences, ...fields.differences],
		unmodeledFields: fields.unmodeled,
		rows: found.rows,
		envelopeCode,
		refused: false,
	};
}

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
