import { resourceDescription } from '../../define';
import * as create from './create.operation';
import * as getStatus from './getStatus.operation';
import * as getRounds from './getRounds.operation';
import * as cancelCall from './cancelCall.operation';
import * as getNumberRecordings from './getNumberRecordings.operation';

export const operations = { create, getStatus, getRounds, cancelCall, getNumberRecordings };

export const description = resourceDescription('plan', Object.values(operations), 'create');
