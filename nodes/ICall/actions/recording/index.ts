import * as getCall from './getCall.operation';
import * as getTask from './getTask.operation';
import type { OperationEntry } from '../common/operationModule';
import { resourceDescription } from '../common/operationModule';

export const entries: Record<string, OperationEntry> = {
	getCall: {
		option: { name: 'Get Call Recording', value: 'getCall', action: 'Get the recording of a call', description: 'The audio of one number in a task' },
		module: getCall,
	},
	getTask: {
		option: { name: 'Get Task Recordings', value: 'getTask', action: 'Get all recordings of a task', description: 'A ZIP of every recording of a task' },
		module: getTask,
	},
};

export const description = resourceDescription('recording', Object.values(entries), 'getCall');
