import type { IDataObject } from 'n8n-workflow';
import { webhookEvents } from '../api/contract/events';
import { shapeOf, unexplainedKeys } from '../operations/shape';
import { isJsonObject } from './body';

/** Every top-level key some documented or modeled callback carries: what an unrecognised one is held against. */
const everyPayloadKey = [...new Set(webhookEvents.flatMap((event) => event.payload))];

/**
 * What "Report Payload Shapes" adds to a callback's item: the event rule that matched, the top-level
 * keys that the event's payload (or, for an unrecognised callback, no payload of the catalog)
 * explains, and the shape of the body without its values, so one callback can be pasted into a
 * public issue without the body.
 */
export function payloadShapeReport(eventId: string, payload: unknown): IDataObject {
	const event = webhookEvents.find((candidate) => candidate.id === eventId);
	return {
		event: eventId,
		matchedRule: event ? { ...event.rule } : 'none',
		provenance: event?.tag ?? 'none',
		unexplainedKeys: isJsonObject(payload) ? unexplainedKeys(payload, event?.payload ?? everyPayloadKey) : [],
		shape: shapeOf(payload),
	};
}
