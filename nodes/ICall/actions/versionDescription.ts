import type { INodeProperties } from 'n8n-workflow';

import { requestSettingsProperty } from './common/requestSettings';
import type { ResourceRegistry } from './registry';
import { resources } from './registry';

/** Every property of a node: resource selector, each resource's operations, request options. */
export function propertiesOf(registry: ResourceRegistry, defaultResource: string): INodeProperties[] {
	return [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: Object.entries(registry).map(([value, { name }]) => ({ name, value })),
			default: defaultResource,
		},
		...Object.values(registry).flatMap(({ module }) => module.description),
		requestSettingsProperty,
	];
}

/** The AIRudder iCall node's properties. */
export const nodeProperties: INodeProperties[] = propertiesOf(resources, 'task');
