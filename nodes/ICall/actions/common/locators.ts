import type { IExecuteFunctions, INodeProperties, INodePropertyMode } from 'n8n-workflow';

import { inputError } from './inputError';
import { textValue } from './workflowFields';

/** The "By ID" mode's check: no spaces; `mayBeEmpty` for a locator that may stay empty. */
function idWithoutSpaces(mayBeEmpty: boolean): NonNullable<INodePropertyMode['validation']> {
	return [{ type: 'regex', properties: { regex: mayBeEmpty ? '^\\S*$' : '^\\S+$', errorMessage: 'The ID cannot contain spaces' } }];
}

/** A resource locator: pick from a searchable list or paste an ID. */
export function locator(name: string, displayName: string, searchListMethod: string, example: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: `e.g. ${example}`,
				validation: idWithoutSpaces(false),
			},
		],
	};
}

/** A locator that may stay empty, when the other of two ways to name something is given instead. */
export function optionalLocator(base: INodeProperties, name: string, description: string): INodeProperties {
	// The ID mode's check would flag an empty ID as an issue, and n8n refuses to run a node with issues.
	const modes = base.modes?.map((mode) => (mode.name === 'id' ? { ...mode, validation: idWithoutSpaces(true) } : mode));
	return { ...base, name, required: false, description, modes };
}

export const taskLocator = locator('task', 'Task', 'searchTasks', 'T20261125001');
export const planLocator = locator('plan', 'Plan', 'searchPlans', 'P20261125001');
export const robotLocator = locator('robot', 'Robot', 'searchRobots', 'R1001');
export const strategyLocator = locator('strategy', 'Strategy', 'searchStrategies', 'S1001');
export const workflowLocator = locator('workflow', 'Workflow', 'searchWorkflows', '0ca6e3a59cf74630906683882aa51110');
export const workflowTemplateLocator = locator('template', 'Workflow Template', 'searchWorkflowTemplates', '123');

/**
 * The ID chosen in a locator that may stay empty (one of two ways to name something); undefined when
 * empty. An expression that gives an object or a list is refused under `label`, the field's name.
 */
export function readOptionalLocator(context: IExecuteFunctions, name: string, itemIndex: number, label = name): string | undefined {
	return textValue(context, itemIndex, label, context.getNodeParameter(name, itemIndex, '', { extractValue: true }));
}

/** The ID chosen in a locator; an empty one is refused under the label the user sees. */
export function readLocator(context: IExecuteFunctions, property: INodeProperties, itemIndex: number): string {
	const id = readOptionalLocator(context, property.name, itemIndex, property.displayName);
	if (id === undefined) throw inputError(context, itemIndex, property.displayName, 'is empty: choose one from the list or enter its ID');
	return id;
}
