// Test code never ships: the words the editor shows follow n8n's UX guidelines for nodes.
import type { INodeProperties, INodePropertyCollection, INodePropertyOptions } from 'n8n-workflow';

import { ICallApi } from '../../../credentials/ICallApi.credentials';
import { ICallCallbackApi } from '../../../credentials/ICallCallbackApi.credentials';
import { ICall } from '../../../nodes/ICall/ICall.node';
import { ICallTrigger } from '../../../nodes/ICall/ICallTrigger.node';
import { ICallWhatsApp } from '../../../nodes/ICall/ICallWhatsApp.node';

/** The small words that stay lowercase inside a name in n8n's lint (the `title-case` package it uses). */
const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'en', 'for', 'if', 'in', 'nor', 'of', 'on', 'or', 'per', 'the', 'to', 'v', 'vs', 'via']);

export function isTitleCase(name: string): boolean {
	return name.split(/\s+/).every((word, index) => !/^[a-z]/.test(word) || (index > 0 && MINOR_WORDS.has(word)));
}

/** n8n: a one-sentence description has no final period (more sentences keep theirs). */
export function hasExcessFinalPeriod(description: string): boolean {
	const text = description.trim();
	return text.endsWith('.') && !/[.!?]\s/.test(text.slice(0, -1));
}

/** Example values are shown as "e.g. ..."; "Add ..." is the collection-button wording. */
export function isWellFormedPlaceholder(placeholder: string): boolean {
	return /^(e\.g\. |Add )/.test(placeholder);
}

interface Finding {
	where: string;
	problem: string;
}

function isOption(option: INodePropertyOptions | INodeProperties | INodePropertyCollection): option is INodePropertyOptions {
	return 'value' in option && !('type' in option);
}

function review(properties: INodeProperties[], where: string, skip: (property: INodeProperties) => boolean): Finding[] {
	const findings: Finding[] = [];
	for (const property of properties) {
		if (property.type === 'notice' || skip(property)) continue;
		const at = `${where} > ${property.displayName}`;
		if (!isTitleCase(property.displayName)) findings.push({ where: at, problem: 'name not in Title Case' });
		if (property.description && hasExcessFinalPeriod(property.description)) findings.push({ where: at, problem: 'final period' });
		if (property.placeholder && !isWellFormedPlaceholder(property.placeholder)) {
			findings.push({ where: at, problem: `placeholder "${property.placeholder}" lacks "e.g."` });
		}
		for (const option of property.options ?? []) {
			if (isOption(option)) {
				if (!isTitleCase(option.name)) findings.push({ where: `${at} > ${option.name}`, problem: 'option not in Title Case' });
				if (option.description && hasExcessFinalPeriod(option.description)) findings.push({ where: `${at} > ${option.name}`, problem: 'final period' });
			} else if ('values' in option) {
				findings.push(...review(option.values, `${at} > ${option.displayName}`, skip));
			} else {
				findings.push(...review([option as INodeProperties], at, skip));
			}
		}
	}
	return findings;
}

describe('UX copy', () => {
	it('recognises what n8n asks for', () => {
		expect(isTitleCase('Get Many')).toBe(true);
		expect(isTitleCase('From Input Items (One for All Items)')).toBe(true);
		expect(isTitleCase('Get many')).toBe(false);
		expect(isTitleCase('Status Change after the Message Is Sent')).toBe(false);
		expect(hasExcessFinalPeriod('The robot that calls.')).toBe(true);
		expect(hasExcessFinalPeriod('The robot that calls. It must exist.')).toBe(false);
		expect(isWellFormedPlaceholder('+6281234567890')).toBe(false);
		expect(isWellFormedPlaceholder('e.g. +6281234567890')).toBe(true);
	});

	it('the action nodes, the trigger and the credentials follow n8n: Title Case names, "e.g." placeholders, no final period on one sentence', () => {
		const findings = [
			...review(new ICall().description.properties, 'AIRudder iCall', () => false),
			...review(new ICallWhatsApp().description.properties, 'AIRudder WhatsApp', () => false),
			...review(new ICallTrigger().description.properties, 'AIRudder iCall Trigger', () => false),
			...review(new ICallApi().properties, 'AIRudder iCall API credential', () => false),
			...review(new ICallCallbackApi().properties, 'AIRudder iCall Callback API credential', () => false),
		];
		expect(findings).toEqual([]);
	});
});
