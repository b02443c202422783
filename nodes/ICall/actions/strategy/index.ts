import * as getMany from './getMany.operation';
import type { OperationEntry } from '../common/operationModule';
import { resourceDescription } from '../common/operationModule';

export const entries: Record<string, OperationEntry> = {
	getMany: {
		option: { name: 'Get Many', value: 'getMany', action: 'Get many strategies', description: 'List the strategies plans can follow' },
		module: getMany,
	},
};

export const description = resourceDescription('strategy', Object.values(entries), 'getMany');
