import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { checkPhoneNumber } from '../../helpers/phone';

export function phoneProperty(name: string, displayName: string, description: string): INodeProperties {
	return { displayName, name, type: 'string', default: '', required: true, placeholder: 'e.g. +6281234567890', description };
}

/** Reads a phone number parameter and refuses anything that is not E.164, naming item and field. */
export function readPhone(context: IExecuteFunctions, name: string, displayName: string, itemIndex: number): string {
	const phone = checkPhoneNumber(context.getNodeParameter(name, itemIndex));
	if (!phone.ok) {
		throw new NodeOperationError(context.getNode(), `Item ${itemIndex}, field "${displayName}": ${phone.reason}`, { itemIndex });
	}
	return phone.number;
}

/** An optional phone number: empty is "not set", anything else must be E.164. */
export function readOptionalPhone(context: IExecuteFunctions, name: string, displayName: string, itemIndex: number): string | undefined {
	const raw = context.getNodeParameter(name, itemIndex, '') as unknown;
	if (raw === undefined || raw === null || String(raw).trim() === '') return undefined;
	return readPhone(context, name, displayName, itemIndex);
}
