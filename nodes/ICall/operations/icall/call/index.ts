import { resourceDescription } from '../../define';
import * as get from './get.operation';

export const operations = { get };

export const description = resourceDescription('call', Object.values(operations), 'get');
