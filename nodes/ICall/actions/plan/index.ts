import * as create from './create.operation';
import * as getStatus from './getStatus.operation';
import * as getRounds from './getRounds.operation';
import * as cancelCall from './cancelCall.operation';
import * as getNumberRecordings from './getNumberRecordings.operation';
import type { OperationEntry } from '../common/operationModule';
import { resourceDescription } from '../common/operationModule';

export const entries: Record<string, OperationEntry> = {
	create: {
		option: { name: 'Create', value: 'create', action: 'Create a dialing plan', description: 'Start a multi-round plan that follows a strategy' },
		module: create,
	},
	getStatus: {
		option: { name: 'Get Status', value: 'getStatus', action: 'Get the status of a plan', description: 'Progress and state of a plan' },
		module: getStatus,
	},
	getRounds: {
		option: { name: 'Get Rounds', value: 'getRounds', action: 'Get the rounds of a plan', description: 'One item per round with its task' },
		module: getRounds,
	},
	cancelCall: {
		option: { name: 'Cancel Call', value: 'cancelCall', action: 'Cancel one number in a plan', description: 'Take one number out of the remaining rounds' },
		module: cancelCall,
	},
	getNumberRecordings: {
		option: { name: 'Get Number Recordings', value: 'getNumberRecordings', action: 'Get all recordings of a number in a plan', description: 'Recordings of one number across all rounds' },
		module: getNumberRecordings,
	},
};

export const description = resourceDescription('plan', Object.values(entries), 'create');
