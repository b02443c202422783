import * as getMany from './getMany.operation';
import type { OperationEntry } from '../common/operationModule';
import { resourceDescription } from '../common/operationModule';

export const entries: Record<string, OperationEntry> = {
	getMany: {
		option: { name: 'Get Many', value: 'getMany', action: 'Get many robots', description: 'List the voice robots of your account' },
		module: getMany,
	},
};

export const description = resourceDescription('robot', Object.values(entries), 'getMany');
