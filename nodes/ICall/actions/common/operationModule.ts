import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { Endpoint } from '../../contract';
import { forOperation } from './display';

/** What every `<operation>.operation.ts` exports. */
export interface OperationModule {
	/** The entry of the resource's Operation selector. */
	option: INodePropertyOptions;
	description: INodeProperties[];
	execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]>;
}

/**
 * Values an operation hands to the transport, keyed by the endpoint's contract field keys: a key
 * the endpoint does not have is a build error, not a runtime surprise.
 */
export type FieldValues<E extends Endpoint> = { [K in keyof E['fields']]?: unknown };

/**
 * `V` with every key the endpoint lacks turned into `never`. TypeScript does not check excess keys
 * of an object returned from a callback, so functions take `(i) => KnownFields<E, V>` instead.
 */
export type KnownFields<E extends Endpoint, V> = V & { [K in Exclude<keyof V, keyof E['fields'] | number>]: never };

export interface OperationCopy {
	/** Name in the Operation selector, e.g. "Get Many". */
	name: string;
	/** The sentence n8n shows in the actions panel and gives AI agents as the tool's purpose. */
	action: string;
	description: string;
}

const labelsByEndpoint = new WeakMap<Endpoint, Record<string, string>>();

/** The user's word for a contract field: the display name of the parameter named like it. */
export function fieldLabel(endpoint: Endpoint, key: string): string {
	const label = labelsByEndpoint.get(endpoint)?.[key];
	const wire = endpoint.fields[key]?.wire ?? key;
	return label ? `"${label}" (${wire})` : wire;
}

/**
 * An operation's selector entry and fields, with resource and operation taken from its contract
 * endpoint so they are written once. Parameters named like a contract field key lend their display
 * name to error messages about that field.
 */
export function defineOperation(
	endpoint: Endpoint,
	copy: OperationCopy,
	properties: INodeProperties[],
): Pick<OperationModule, 'option' | 'description'> {
	const labels: Record<string, string> = {};
	for (const property of properties) if (property.name in endpoint.fields) labels[property.name] = property.displayName;
	labelsByEndpoint.set(endpoint, labels);
	return {
		option: { name: copy.name, value: endpoint.operation, action: copy.action, description: copy.description },
		description: forOperation(endpoint.resource, endpoint.operation, properties),
	};
}

/** The resource's Operation selector followed by the fields of each operation. */
export function resourceDescription(resource: string, operations: OperationModule[], defaultOperation: string): INodeProperties[] {
	return [
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource] } },
			options: operations.map((operation) => operation.option),
			default: defaultOperation,
		},
		...operations.flatMap((operation) => operation.description),
	];
}
