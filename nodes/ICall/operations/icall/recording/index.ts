import { resourceDescription } from '../../define';
import * as getCall from './getCall.operation';
import * as getTask from './getTask.operation';

export const operations = { getCall, getTask };

export const description = resourceDescription('recording', Object.values(operations), 'getCall');
