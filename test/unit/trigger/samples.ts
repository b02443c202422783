// Test-only code: it never ships (package.json "files" is ["dist"]).
import type { WebhookEvent } from '../../../sandbox/contract';
import { webhookEvents } from '../../../sandbox/contract';

/** A payload with every field the contract lists for the event, and the values its rule demands. */
export function samplePayload(event: WebhookEvent): Record<string, unknown> {
	const payload: Record<string, unknown> = {};
	for (const field of event.payload) payload[field] = `sample-${field}`;
	for (const field of event.rule.objects ?? []) payload[field] = { sample: field };
	return { ...payload, ...event.rule.equals };
}

export function sampleOf(id: string): Record<string, unknown> {
	const event = webhookEvents.find((candidate) => candidate.id === id);
	if (!event) throw new Error(`No catalog event ${id}`);
	return samplePayload(event);
}
