import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { routeTo } from './operations/engine';
import { searchPlans, searchRobots, searchStrategies, searchTasks, searchWorkflowTemplates, searchWorkflows } from './operations/icall/pickers';
import { nodeProperties, resources } from './operations/icall/resources';

export class ICall implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'AIRudder iCall',
		name: 'iCall',
		icon: { light: 'file:icall.svg', dark: 'file:icall.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Run AIRudder iCall voice-robot calls: tasks, plans and multi-step workflows, and read their results and recordings. Task: Create, Plan: Create, Workflow: Create and Workflow Contact: Add dial real people; workflows may also message them on WhatsApp.',
		defaults: { name: 'AIRudder iCall' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'iCallApi', required: true }],
		properties: nodeProperties,
	};

	methods = {
		listSearch: { searchTasks, searchPlans, searchRobots, searchStrategies, searchWorkflows, searchWorkflowTemplates },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await routeTo.call(this, resources);
	}
}
