import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** What every `<operation>.operation.ts` exports. */
export interface OperationModule {
	description: INodeProperties[];
	execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]>;
}

export interface OperationEntry {
	option: INodePropertyOptions;
	module: OperationModule;
}

/** The resource's Operation selector followed by the fields of each operation. */
export function resourceDescription(resource: string, entries: OperationEntry[], defaultOperation: string): INodeProperties[] {
	return [
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource] } },
			options: entries.map((entry) => entry.option),
			default: defaultOperation,
		},
		...entries.flatMap((entry) => entry.module.description),
	];
}
