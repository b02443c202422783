import * as create from './create.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as stop from './stop.operation';
import * as cancelCall from './cancelCall.operation';
import type { OperationEntry } from '../common/operationModule';
import { resourceDescription } from '../common/operationModule';

export const entries: Record<string, OperationEntry> = {
	create: {
		option: { name: 'Create', value: 'create', action: 'Create a calling task', description: 'Start a robot calling task for a list of numbers' },
		module: create,
	},
	get: {
		option: { name: 'Get', value: 'get', action: 'Get the calls of a task', description: 'One item per call with status, duration, intention and recording link' },
		module: get,
	},
	getMany: {
		option: { name: 'Get Many', value: 'getMany', action: 'Get many tasks', description: 'List the tasks created in your account' },
		module: getMany,
	},
	stop: {
		option: { name: 'Stop', value: 'stop', action: 'Stop a task', description: 'Cancel a calling task: no further calls are made' },
		module: stop,
	},
	cancelCall: {
		option: { name: 'Cancel Call', value: 'cancelCall', action: 'Cancel one call in a task', description: 'Take one number out of a running task' },
		module: cancelCall,
	},
};

export const description = resourceDescription('task', Object.values(entries), 'create');
