import { resourceDescription } from '../../define';
import * as getMany from './getMany.operation';
import * as getDetails from './getDetails.operation';
import * as getDetailsInfoCheck from './getDetailsInfoCheck.operation';

export const operations = { getMany, getDetails, getDetailsInfoCheck };

export const description = resourceDescription('workflowTask', Object.values(operations), 'getMany');
