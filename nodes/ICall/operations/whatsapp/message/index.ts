import { resourceDescription } from '../../define';
import * as getMany from './getMany.operation';
import * as markRead from './markRead.operation';
import * as send from './send.operation';

export const operations = { getMany, send, markRead };

export const description = resourceDescription('message', Object.values(operations), 'send');
