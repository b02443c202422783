import * as getMany from './getMany.operation';
import { resourceDescription } from '../../common/operationModule';

export const operations = { getMany };

export const description = resourceDescription('wabaAccount', Object.values(operations), 'getMany');
