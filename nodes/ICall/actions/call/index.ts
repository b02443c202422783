import * as get from './get.operation';
import { resourceDescription } from '../common/operationModule';

export const operations = { get };

export const description = resourceDescription('call', Object.values(operations), 'get');
