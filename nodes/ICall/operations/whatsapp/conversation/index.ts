import { resourceDescription } from '../../define';
import * as end from './end.operation';
import * as getMany from './getMany.operation';
import * as report from './report.operation';
import * as transferResult from './transferResult.operation';

export const operations = { getMany, end, transferResult, report };

export const description = resourceDescription('conversation', Object.values(operations), 'getMany');
