import * as get from './get.operation';
import type { OperationEntry } from '../common/operationModule';
import { resourceDescription } from '../common/operationModule';

export const entries: Record<string, OperationEntry> = {
	get: {
		option: { name: 'Get', value: 'get', action: 'Get a call by ID', description: 'Call details and recording link by CallID' },
		module: get,
	},
};

export const description = resourceDescription('call', Object.values(entries), 'get');
