import type { INodePropertyOptions } from 'n8n-workflow';
import { UNKNOWN_EVENT, webhookEvents } from '../api/contract/events';
import { isModeled } from '../api/contract/types';
import { describeRule } from './recognizeEvent';

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
