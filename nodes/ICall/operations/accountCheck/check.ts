import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { TOKEN_REFUSED_MESSAGE, callEndpoint, placeFields } from '../../api/client';
import type { Endpoint, ExpectedAnswer } from '../../api/contract/types';
import { isSafeToRepeat } from '../../api/contract/types';
import type { RetrySettings } from '../../api/errors';
import type { ResourceModule } from '../define';
import { MODEL_DIFFERS_URL, defineOwnOperation, defineResource } from '../define';
import { asNodeError, toWire } from '../engine';
import { readRequestSettings } from '../sharedFields';
import { shapeOf } from '../shape';
import { type StepReport, judgeAnswer, summaryItem } from './answer';

/** One read of the check: an endpoint, what the package expects of its answer, and the IDs it needs or finds. */
export interface CheckStep<E extends Endpoint = Endpoint> {
	endpoint: E;
	expected: ExpectedAnswer;
	/** Told apart from another read of the same endpoint, e.g. "plans". */
	variant?: string;
	/** Contract field values every request of the step sends (e.g. the list type). */
	values?: { [K in keyof E['fields']]?: unknown };
	/** An ID an earlier read found, and the contract field it goes in. */
	needs?: { id: string; field: keyof E['fields'] & string };
	/** The ID this read finds in its first row, by wire name, for the reads that need it. */
	finds?: { id: string; field: string };
}

/** Types the step's fields against its endpoint. */
export function checkStep<E extends Endpoint>(step: CheckStep<E>): CheckStep {
	return step as unknown as CheckStep;
}

/** HTTP statuses of an endpoint the account does not have (not enabled, or not there at all). */
const NOT_ENABLED = new Set([403, 404]);

function nameOf(step: CheckStep): string {
	const id = `${step.endpoint.resource}.${step.endpoint.operation}`;
	return step.variant ? `${id} (${step.variant})` : id;
}

/** The status of a failed request, when AIRudder answered at all (a failed login carries none). */
function httpStatusOf(error: unknown): number | undefined {
	const code = error instanceof NodeApiError ? Number(error.httpCode) : Number.NaN;
	return Number.isInteger(code) && code >= 100 ? code : undefined;
}

async function runStep(context: IExecuteFunctions, step: CheckStep, found: Map<string, string>, retry: RetrySettings): Promise<StepReport> {
	const { endpoint } = step;
	const report: StepReport = { check: nameOf(step), request: `${endpoint.method} ${endpoint.path}`, provenance: step.expected.tag, outcome: 'skipped' };
	const id = step.needs ? found.get(step.needs.id) : undefined;
	if (step.needs && id === undefined) return { ...report, reason: `no ${step.needs.id} found by the reads before it` };
	const paging = endpoint.pagination ? { [endpoint.pagination.page]: 1, [endpoint.pagination.size]: 1 } : {};
	const fields = { ...toWire(endpoint, { ...step.values, ...(step.needs ? { [step.needs.field]: id } : {}) }), ...paging };
	let response;
	try {
		response = await callEndpoint.call(context, endpoint, { ...placeFields(endpoint, fields), retry, returnFailedEnvelope: true });
	} catch (error) {
		const httpStatus = httpStatusOf(error);
		// No answer at all (a failed login says why), or a token refused after a new login: nothing else can be read either.
		if (httpStatus === undefined) throw asNodeError(context, error, 0);
		if (httpStatus === 401) {
			throw new NodeOperationError(context.getNode(), `${TOKEN_REFUSED_MESSAGE} (HTTP 401 after a new login): the account check stops. Test the credential, and ask AIRudder whether the account may use the API.`);
		}
		if (NOT_ENABLED.has(httpStatus)) return { ...report, outcome: 'not enabled for this account', httpStatus };
		return { ...report, outcome: 'failed', httpStatus };
	}
	const judged = judgeAnswer(response.body, step.expected);
	if (step.finds && judged.rows[0]?.[step.finds.field] !== undefined) found.set(step.finds.id, String(judged.rows[0][step.finds.field]));
	const answered = { ...report, httpStatus: response.statusCode, envelopeCode: judged.envelopeCode, shape: shapeOf(response.body) };
	if (judged.refused) {
		const notEnabled = judged.envelopeCode !== undefined && NOT_ENABLED.has(judged.envelopeCode);
		return { ...answered, outcome: notEnabled ? 'not enabled for this account' : 'failed' };
	}
	return {
		...answered,
		outcome: judged.differences.length === 0 ? 'matches the model' : 'differs from the model',
		differences: judged.differences,
		unmodeledFields: judged.unmodeledFields,
	};
}

/**
 * Reads every step in order, one request each with the smallest page, and reports each answer's
 * shape and differences; a last item sums them up for a public issue. Only reads are sent (the
 * steps are checked for that), and the IDs found only choose the next reads: no value of the
 * account reaches the output.
 */
export async function runAccountCheck(context: IExecuteFunctions, nodeName: string, steps: CheckStep[]): Promise<INodeExecutionData[]> {
	const writes = steps.filter((step) => !isSafeToRepeat(step.endpoint));
	if (writes.length > 0) throw new Error(`The account check may only read: ${writes.map(nameOf).join(', ')}`);
	const { retry } = readRequestSettings(context);
	const found = new Map<string, string>();
	const reports: StepReport[] = [];
	for (const step of steps) reports.push(await runStep(context, step, found, retry));
	const items = [...reports, summaryItem(nodeName, reports)];
	return items.map((json) => ({ json: json as unknown as IDataObject, pairedItem: { item: 0 } }));
}

/** The Account resource of an action node: Check, which reads the given steps of that node's endpoints. */
export function accountResource(nodeName: string, steps: CheckStep[]): ResourceModule {
	const check = defineOwnOperation(
		{ resource: 'account', operation: 'check' },
		{
			name: 'Check',
			action: 'Check the account against the model',
			description: 'Read each list once (page size 1) and say where your account answers differently from what this node expects; reads only',
		},
		[
			{
				displayName: `Reads only (never creates, stops, sends or downloads anything): one request per list, then one per detail with an ID found there. Each item gives a read's status and the shape of its answer (keys and types, no values); the last item says "matches the model" or lists every difference, ready to paste into a public issue (see <a href="${MODEL_DIFFERS_URL}" target="_blank">Your account differs from the model?</a>).`,
				name: 'accountCheckNotice',
				type: 'notice',
				default: '',
			},
		],
		async function () {
			return await runAccountCheck(this, nodeName, steps);
		},
	);
	return defineResource('Account', [check]);
}
