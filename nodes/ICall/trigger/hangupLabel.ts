import { dialerEnvelope, webhookEvents } from '../api/contract/events';
import { hangupReasonKeys, hangupReasonLabels } from '../api/contract/hangupReasons';
import { isJsonObject } from './body';

/** The code as a whole number, whether the dialer wrote it as a number or as digits in a string. */
function hangupCode(value: unknown): number | undefined {
	if (typeof value === 'number' && Number.isInteger(value)) return value;
	if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
	return undefined;
}

const dialerEventIds = new Set(webhookEvents.filter((event) => event.family === 'dialer').map((event) => event.id));

/**
 * A predictive-dialer payload with the readable label of its `body.hangupReason` placed right after
 * the code, which stays as sent. Other events, an unknown code, or a body that already has a key of
 * the label's name come back as they are: the label adds, it never replaces.
 */
export function withHangupLabel(eventId: string, payload: unknown): unknown {
	if (!dialerEventIds.has(eventId) || !isJsonObject(payload)) return payload;
	const body = payload[dialerEnvelope.body];
	if (!isJsonObject(body) || Object.prototype.hasOwnProperty.call(body, hangupReasonKeys.label)) return payload;
	const code = hangupCode(body[hangupReasonKeys.code]);
	const label = code === undefined ? undefined : hangupReasonLabels[code];
	if (label === undefined) return payload;
	const labelled: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(body)) {
		labelled[key] = value;
		if (key === hangupReasonKeys.code) labelled[hangupReasonKeys.label] = label;
	}
	return { ...payload, [dialerEnvelope.body]: labelled };
}
