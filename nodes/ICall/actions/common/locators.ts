import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

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
				validation: [{ type: 'regex', properties: { regex: '^\\S+$', errorMessage: 'The ID cannot contain spaces' } }],
			},
		],
	};
}

export const taskLocator = locator('task', 'Task', 'searchTasks', 'T20261125001');
export const planLocator = locator('plan', 'Plan', 'searchPlans', 'P20261125001');
export const robotLocator = locator('robot', 'Robot', 'searchRobots', 'R1001');
export const strategyLocator = locator('strategy', 'Strategy', 'searchStrategies', 'S1001');
export const workflowLocator = locator('workflow', 'Workflow', 'searchWorkflows', '0ca6e3a59cf74630906683882aa51110');
export const workflowTemplateLocator = locator('template', 'Workflow Template', 'searchWorkflowTemplates', '123');

export function readLocator(context: IExecuteFunctions, name: string, itemIndex: number): string {
	const value = context.getNodeParameter(name, itemIndex, undefined, { extractValue: true }) as unknown;
	const id = String(value ?? '').trim();
	if (id === '') {
		throw new NodeOperationError(context.getNode(), `Item ${itemIndex}: choose a ${name} or enter its ID`, { itemIndex });
	}
	return id;
}
