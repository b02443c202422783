import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { asNodeError, errorItem } from './common/itemRunner';
import type { ResourceRegistry } from './registry';
import { resources } from './registry';

/** Runs the operation the user picked, looked up in the node's own registry. */
export async function routeTo(this: IExecuteFunctions, registry: ResourceRegistry): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const operationModule = registry[resource]?.module.operations[operation];
	if (!operationModule) {
		throw new NodeOperationError(this.getNode(), `The operation "${operation}" of resource "${resource}" is not supported`);
	}
	try {
		return [await operationModule.execute.call(this, items)];
	} catch (error) {
		// Operations turn each item's failure into its error item; this catches what fails for the node as a
		// whole (e.g. a Request Option that is not a number). n8n would pass the input on unchanged, as if sent.
		const nodeError = asNodeError(this, error, 0);
		if (!this.continueOnFail()) throw nodeError;
		return [items.map((_, itemIndex) => errorItem(nodeError, itemIndex))];
	}
}

/** The AIRudder iCall node's router. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await routeTo.call(this, resources);
}
