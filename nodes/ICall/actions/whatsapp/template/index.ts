import * as get from './get.operation';
import * as getMany from './getMany.operation';
import { resourceDescription } from '../../common/operationModule';

export const operations = { get, getMany };

export const description = resourceDescription('template', Object.values(operations), 'getMany');
