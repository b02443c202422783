import { resourceDescription } from '../../define';
import * as getMany from './getMany.operation';

export const operations = { getMany };

export const description = resourceDescription('strategy', Object.values(operations), 'getMany');
