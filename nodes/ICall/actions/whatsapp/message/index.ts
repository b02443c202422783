import * as getMany from './getMany.operation';
import * as markRead from './markRead.operation';
import * as send from './send.operation';
import { resourceDescription } from '../../common/operationModule';

export const operations = { getMany, send, markRead };

export const description = resourceDescription('message', Object.values(operations), 'send');
