import type { INodePropertyOptions } from 'n8n-workflow';
import { UNKNOWN_EVENT, payloadFit, ruleSpecificity, webhookEvents } from '../api/contract/events';
import type { EventRule, WebhookEvent } from '../api/contract/types';
import { isModeled } from '../api/contract/types';
import { isJsonObject } from './body';

/**
 * AIRudder callbacks carry no event-type field (except the dialer family's `type`), so the event is
 * told apart by which keys the payload has: the rules live in the contract module next to the catalog.
 * The Events filter offers the same catalog, each option saying its rule in words.
 */

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
function describeRule(rule: EventRule): string {
	const parts = [`has ${rule.present.join(', ')}`];
	for (const [key, value] of Object.entries(rule.equals ?? {})) parts.push(`${key} is "${value}"`);
	for (const key of rule.objects ?? []) parts.push(`${key} is an object`);
	if (rule.absent?.length) parts.push(`no ${rule.absent.join(', ')}`);
	return parts.join('; ');
}

/** The Events filter value that means "every event, recognised or not". */
export const ALL_EVENTS = '*';

/** Words n8n's Title Case (the `title-case` package its lint uses) leaves in lower case unless they open the name. */
const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'en', 'for', 'if', 'in', 'nor', 'of', 'on', 'or', 'per', 'the', 'to', 'v', 'vs', 'via']);

/** "Callback template message sending result" → "Callback Template Message Sending Result". */
export function titleCase(text: string): string {
	return text.replace(/[A-Za-z][\w'-]*/g, (word, offset: number) => {
		const opensName = offset === 0 || /[:(]\s*$/.test(text.slice(0, offset));
		if (!opensName && MINOR_WORDS.has(word.toLowerCase())) return word.toLowerCase();
		return word[0].toUpperCase() + word.slice(1);
	});
}

/** One option per catalog event, named after the vendor's page; the event id the output carries is in the description. */
export const eventOptions: INodePropertyOptions[] = [
	...webhookEvents.map((event) => ({
		name: titleCase(event.title),
		value: event.id,
		description: `Output event "${event.id}", recognised when the payload ${describeRule(event.rule)}${
			isModeled(event.tag) ? ' (modeled: the vendor page could not be read, so this rule is our inference)' : ''
		}`,
	})),
	{
		name: 'Unrecognised Payload',
		value: UNKNOWN_EVENT,
		description: `Output event "${UNKNOWN_EVENT}": a callback that matches no rule of the catalog, passed through whole`,
	},
].sort((a, b) => a.name.localeCompare(b.name));
