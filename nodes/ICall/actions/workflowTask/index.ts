import * as getMany from './getMany.operation';
import * as getDetails from './getDetails.operation';
import * as getDetailsInfoCheck from './getDetailsInfoCheck.operation';
import { resourceDescription } from '../common/operationModule';

export const operations = { getMany, getDetails, getDetailsInfoCheck };

export const description = resourceDescription('workflowTask', Object.values(operations), 'getMany');
