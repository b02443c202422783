import { resourceDescription } from '../../define';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as stop from './stop.operation';
import * as cancelCall from './cancelCall.operation';

export const operations = { create, get, getMany, stop, cancelCall };

export const description = resourceDescription('task', Object.values(operations), 'create');
