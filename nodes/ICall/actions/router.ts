import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

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
	return [await operationModule.execute.call(this, items)];
}

/** The AIRudder iCall node's router. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await routeTo.call(this, resources);
}
