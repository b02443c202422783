import * as getCall from './getCall.operation';
import * as getTask from './getTask.operation';
import { resourceDescription } from '../common/operationModule';

export const operations = { getCall, getTask };

export const description = resourceDescription('recording', Object.values(operations), 'getCall');
