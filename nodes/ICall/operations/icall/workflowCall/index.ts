import { resourceDescription } from '../../define';
import * as get from './get.operation';
import * as getById from './getById.operation';
import * as getRecordings from './getRecordings.operation';

export const operations = { get, getById, getRecordings };

export const description = resourceDescription('workflowCall', Object.values(operations), 'get');
