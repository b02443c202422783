import { UNKNOWN_EVENT, payloadFit, ruleSpecificity, webhookEvents } from '../api/contract/events';
import type { EventRule, WebhookEvent } from '../api/contract/types';

/**
 * AIRudder callbacks carry no event-type field (except the dialer family's `type`), so the event is
 * told apart by which keys the payload has: the rules live in the contract module next to the catalog.
 */

export function isJsonObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A key counts as present when the sender wrote it, even with a null value. */
export function matchesRule(payload: Record<string, unknown>, rule: EventRule): boolean {
	const has = (key: string) => Object.prototype.hasOwnProperty.call(payload, key);
	if (!rule.present.every(has)) return false;
	if (rule.absent?.some(has)) return false;
	if (!(rule.objects ?? []).every((key) => isJsonObject(payload[key]))) return false;
	return Object.entries(rule.equals ?? {}).every(([key, expected]) => payload[key] === expected);
}

/**
 * The id of the catalog event the payload belongs to, or `unknown`. Among the events whose rule
 * matches, the one whose documented payload accounts for most of the payload's keys wins, then
 * the more specific rule, then the event listed first: the answer depends on nothing but the
 * payload and the contract.
 */
export function recognizeEvent(payload: unknown, catalog: readonly WebhookEvent[] = webhookEvents): string {
	if (!isJsonObject(payload)) return UNKNOWN_EVENT;
	const keys = Object.keys(payload);
	let best: WebhookEvent | undefined;
	let bestScore: [number, number] = [-1, -1];
	for (const event of catalog) {
		if (!matchesRule(payload, event.rule)) continue;
		const score: [number, number] = [payloadFit(event, keys), ruleSpecificity(event.rule)];
		if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
			best = event;
			bestScore = score;
		}
	}
	return best?.id ?? UNKNOWN_EVENT;
}

/** The same rule written for people, for the Events option descriptions. */
export function describeRule(rule: EventRule): string {
	const parts = [`has ${rule.present.join(', ')}`];
	for (const [key, value] of Object.entries(rule.equals ?? {})) parts.push(`${key} is "${value}"`);
	for (const key of rule.objects ?? []) parts.push(`${key} is an object`);
	if (rule.absent?.length) parts.push(`no ${rule.absent.join(', ')}`);
	return parts.join('; ');
}
