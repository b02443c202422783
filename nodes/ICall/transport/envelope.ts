import type { IDataObject } from 'n8n-workflow';

import { conventions } from '../contract';

const { envelope, tokenInvalid } = conventions;

export interface VendorError {
	code: unknown;
	message: string;
}

export function vendorMessage(body: unknown): string | undefined {
	if (typeof body !== 'object' || body === null) return undefined;
	const answer = body as IDataObject;
	const found = envelope.messageKeys.map((key) => answer[key]).find((v) => typeof v === 'string' && v !== '');
	return found as string | undefined;
}

/** Any `code` other than 200 is an error, even under HTTP 200 (CONTRACT.md, success envelope). */
export function envelopeError(body: unknown): VendorError | undefined {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		return { code: undefined, message: 'AIRudder answered with something that is not a JSON envelope' };
	}
	const code = (body as IDataObject)[envelope.code];
	if (code === envelope.successCode || code === String(envelope.successCode)) return undefined;
	return { code, message: vendorMessage(body) ?? 'no message' };
}

export function isTokenInvalidBody(body: unknown): boolean {
	return Number((body as IDataObject | undefined)?.[envelope.code]) === tokenInvalid.bodyCode;
}

export function envelopeData(body: IDataObject): unknown {
	return body[envelope.data];
}
