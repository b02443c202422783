import { resourceDescription } from '../../define';
import * as getMany from './getMany.operation';
import * as getDetails from './getDetails.operation';

export const operations = { getMany, getDetails };

export const description = resourceDescription('workflowWaba', Object.values(operations), 'getMany');
