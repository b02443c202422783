import * as getMany from './getMany.operation';
import * as getDetails from './getDetails.operation';
import { resourceDescription } from '../common/operationModule';

export const operations = { getMany, getDetails };

export const description = resourceDescription('workflowWaba', Object.values(operations), 'getMany');
