import { resourceDescription } from '../../define';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const operations = { get, getMany };

export const description = resourceDescription('template', Object.values(operations), 'getMany');
