// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { robotRow, templateRow, type EndpointId } from './contract';
import { pageRowsKey } from './handlers/paging';
import { successBody } from './http/envelope';

/**
 * The drifted account (option `drifted`): a real account that answers differently from the model in
 * the ways Account: Check and the trigger's Report Payload Shapes must name. Each drift hits one
 * endpoint, so the others still match:
 * - robot.getMany: a renamed key (RobotID → RobotId);
 * - strategy.getMany: another envelope ({errcode, errmsg, result});
 * - workflow.getMany: the rows under another property (data.result.list);
 * - template.getMany / template.get: languages as text ("en,id") instead of a list;
 * - every callback: one field no payload of the catalog has.
 */
export const driftedCallbackField = 'schema_version';
const renamedRobotId = 'RobotId';
const otherEnvelope = { code: 'errcode', message: 'errmsg', data: 'result' } as const;

type Row = Record<string, unknown>;

function renameKey(row: Row, from: string, to: string): Row {
	return Object.fromEntries(Object.entries(row).map(([key, value]) => [key === from ? to : key, value]));
}

function languagesAsText(template: Row): Row {
	const languages = template[templateRow.languages];
	return { ...template, [templateRow.languages]: Array.isArray(languages) ? languages.join(',') : languages };
}

const pageRows = (data: unknown, change: (row: Row) => Row) => {
	const page = data as Row;
	return Object.fromEntries(Object.entries(page).map(([key, value]) => [key, Array.isArray(value) ? (value as Row[]).map(change) : value]));
};

/** The success answer of an endpoint as the drifted account sends it. */
export function driftedAnswer(endpointId: EndpointId, data: unknown): Record<string, unknown> {
	switch (endpointId) {
		case 'robotGetMany':
			return successBody((data as Row[]).map((row) => renameKey(row, robotRow.robotId, renamedRobotId)));
		case 'strategyGetMany':
			return { [otherEnvelope.code]: 0, [otherEnvelope.message]: 'ok', [otherEnvelope.data]: data };
		case 'workflowGetMany': {
			const { [pageRowsKey]: rows, ...rest } = data as Row;
			return successBody({ ...rest, result: { [pageRowsKey]: rows } });
		}
		case 'templateGetMany':
			return successBody(pageRows(data, languagesAsText));
		case 'templateGet':
			return successBody(languagesAsText(data as Row));
		default:
			return successBody(data);
	}
}

/** A callback as the drifted account posts it: one field more than the catalog knows. */
export function driftedCallback(payload: Record<string, unknown>): Record<string, unknown> {
	return { ...payload, [driftedCallbackField]: 2 };
}
