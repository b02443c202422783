// Test code never ships: malformed inputs for the workflow resources (the catalog grows with each resource).
import type { INodeParameters } from 'n8n-workflow';

import type { MalformedInput } from './types';

const LIMIT = /Item 0, field "Limit": must be a whole number of at least 1/;

const limitCases = (operation: string, parameters: INodeParameters, values: unknown[]): MalformedInput[] =>
	values.map((limit) => ({
		operation,
		what: `Limit ${JSON.stringify(limit)}`,
		parameters: () => ({ ...parameters, returnAll: false, limit: limit as number }),
		error: LIMIT,
	}));

export const workflowCases: MalformedInput[] = [
	...limitCases('Workflow: Get Many', { resource: 'workflow', operation: 'getMany' }, [0, -1, 2.5]),
	...limitCases('Workflow Template: Get Many', { resource: 'workflowTemplate', operation: 'getMany' }, [0, -1, 'abc']),
];
