import type { INodeProperties } from 'n8n-workflow';

import { requestSettingsProperty } from './common/requestSettings';
import { resources } from './registry';

/** Every property of the node: resource selector, each resource's operations, request options. */
export const nodeProperties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: Object.entries(resources).map(([value, { name }]) => ({ name, value })),
		default: 'task',
	},
	...Object.values(resources).flatMap(({ module }) => module.description),
	requestSettingsProperty,
];
