// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { conventions } from '../contract';

const [messageKey, statusKey] = conventions.envelope.messageKeys;
const codeKey = conventions.envelope.code;
const dataKey = conventions.envelope.data;

/**
 * Error codes the sandbox answers with. The vendor's global table is unreadable (CONTRACT.md), so
 * the 10xxx codes below reuse AIRudder's predictive-dialer table where it has a matching entry
 * (evidence/01-auth-errors-collection.md) and take free numbers of the same range where it has none
 * (marked "sandbox"). Clients must not branch on them; they only make messages recognisable.
 */
export const sandboxErrorCodes = {
	/** Missing field, wrong type, bad format, invalid JSON: generic parameter error. */
	param: 400,
	unauthorized: 401,
	/** Unknown path, or a known path with the wrong method. */
	notFound: 404,
	tooManyRequests: 429,
	internal: 500,
	/** Callees empty (vendor 10505). */
	contactsEmpty: 10505,
	/** Unknown TaskID (vendor 10506). */
	taskNotFound: 10506,
	/** Phone number not E.164 (vendor 10510). */
	badPhoneNumber: 10510,
	/** Task already finished or stopped (vendor 10513). */
	taskAlreadyFinished: 10513,
	/** No recording for that task or callee (vendor 10516). */
	noRecording: 10516,
	/** Unknown CallID (vendor 10609). */
	callNotFound: 10609,
	/** Unknown PlanID (sandbox). */
	planNotFound: 10530,
	/** Unknown StrategyID (sandbox). */
	strategyNotFound: 10531,
	/** Unknown RobotID (sandbox). */
	robotNotFound: 10532,
	/** CalleeNumber/Callee is not a callee of that task or plan (sandbox). */
	calleeNotFound: 10533,
	/** The call to cancel has already ended (sandbox). */
	callAlreadyEnded: 10534,
	/** Encrypted account: the request is not encrypted, or cannot be decrypted (sandbox). */
	notEncrypted: 10540,
	/** Encrypted account: `Signed` does not match the decrypted data (sandbox). */
	badSignature: 10541,
	/** Unknown workflow_id (sandbox). */
	workflowNotFound: 10550,
	/** Unknown workflow_template_id (sandbox). */
	templateNotFound: 10551,
	/** More than 10 000 contacts in one workflow (sandbox; the limit is C). */
	tooManyContacts: 10552,
	/** end_time is not in the future (sandbox). */
	endTimePassed: 10553,
} as const;

const statusByHttp: Record<number, string> = {
	400: 'ParamError',
	401: 'Unauthorized',
	404: 'NotFound',
	429: 'TooManyRequests',
	500: 'InternalError',
	503: 'ServiceUnavailable',
};

/** An error the sandbox answers with the vendor-style envelope `{code, status, message}`. */
export class SandboxError extends Error {
	constructor(
		readonly httpStatus: number,
		readonly code: number,
		message: string,
	) {
		super(message);
	}

	/** A parameter error: HTTP 400; `code` 400 or a 10xxx code; message "<field path>: <problem>". */
	static param(fieldPath: string, problem: string, code: number = sandboxErrorCodes.param): SandboxError {
		return new SandboxError(400, code, `${fieldPath}: ${problem}`);
	}

	static unauthorized(message: string): SandboxError {
		return new SandboxError(401, sandboxErrorCodes.unauthorized, message);
	}

	static notFound(message: string): SandboxError {
		return new SandboxError(404, sandboxErrorCodes.notFound, message);
	}

	body(): Record<string, unknown> {
		return errorBody(this.code, this.message, statusByHttp[this.httpStatus] ?? 'ParamError');
	}
}

export function successBody(data: unknown): Record<string, unknown> {
	return { [codeKey]: conventions.envelope.successCode, [statusKey]: 'OK', [dataKey]: data };
}

export function errorBody(code: number, message: string, status = statusByHttp[code] ?? 'Error'): Record<string, unknown> {
	return { [codeKey]: code, [statusKey]: status, [messageKey]: message };
}

/** The body code of any envelope (for the request log). */
export function envelopeCode(body: unknown): number | undefined {
	if (typeof body !== 'object' || body === null) return undefined;
	const code = (body as Record<string, unknown>)[codeKey];
	return typeof code === 'number' ? code : undefined;
}
