import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { endpoints } from '../../../api/contract/chatbot';
import { templateRow } from '../../../api/contract/chatbotModel';
import { dataAsItem, sendForItem } from '../../engine';
import { readLocator } from '../../fields';
import { templateLocator, wabaAccountLocator } from '../pickers';

export const templateProperties: INodeProperties[] = [
	wabaAccountLocator,
	templateLocator,
	{
		displayName: 'Language',
		name: 'language',
		type: 'string',
		default: 'en',
		required: true,
		placeholder: 'e.g. en or pt_BR',
		description: 'A language the template is approved in (see Template: Get)',
	},
];

export const checkTemplateOption: INodeProperties = {
	displayName: 'Check Against Template',
	name: 'checkTemplate',
	type: 'boolean',
	default: true,
	description: 'Whether to read the template first and stop before sending when the language is not approved or a variable it needs is missing',
};

export interface TemplateChoice {
	wabaAccountId: string;
	templateId: string;
	language: string;
}

export function readTemplateChoice(context: IExecuteFunctions, itemIndex: number): TemplateChoice {
	const language = String(context.getNodeParameter('language', itemIndex, '') ?? '').trim();
	if (language === '') throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: "Language" is empty`, { itemIndex });
	return {
		wabaAccountId: readLocator(context, wabaAccountLocator, itemIndex),
		templateId: readLocator(context, templateLocator, itemIndex),
		language,
	};
}

function stringList(value: unknown): string[] | undefined {
	return Array.isArray(value) ? value.map(String) : undefined;
}

/** What the template needs: its languages and variable names (undefined when AIRudder does not say). */
export async function readTemplateNeeds(
	context: IExecuteFunctions,
	templateId: string,
	itemIndex: number,
): Promise<{ languages?: string[]; variables?: string[] }> {
	const { body } = await sendForItem.call(context, endpoints.templateGet, { templateId }, itemIndex);
	const template = dataAsItem(body);
	return { languages: stringList(template[templateRow.languages]), variables: stringList(template[templateRow.variables]) };
}

/** Checks a language against the template; returns the variable names every receiver must have. */
export async function requiredVariables(context: IExecuteFunctions, choice: TemplateChoice, itemIndex: number): Promise<string[]> {
	const needs = await readTemplateNeeds(context, choice.templateId, itemIndex);
	if (needs.languages && !needs.languages.includes(choice.language)) {
		throw new NodeOperationError(
			context.getNode(),
			`Item ${itemIndex}: template ${choice.templateId} is not approved in "Language" "${choice.language}" (it is in: ${needs.languages.join(', ')})`,
			{ itemIndex },
		);
	}
	return needs.variables ?? [];
}

/**
 * requiredVariables, with each template (and language) read once per run however many items use it.
 * A failed read is kept too, so every item of that template gets the same answer.
 */
export function requiredVariablesOnce(context: IExecuteFunctions): (choice: TemplateChoice, itemIndex: number) => Promise<string[]> {
	const read = new Map<string, Promise<string[]>>();
	return async (choice, itemIndex) => {
		const key = `${choice.templateId}\u0000${choice.language}`;
		if (!read.has(key)) read.set(key, requiredVariables(context, choice, itemIndex));
		return await read.get(key)!;
	};
}
