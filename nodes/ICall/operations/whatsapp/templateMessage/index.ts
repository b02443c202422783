import { resourceDescription } from '../../define';
import * as getResult from './getResult.operation';
import * as send from './send.operation';
import * as sendSingle from './sendSingle.operation';

export const operations = { send, sendSingle, getResult };

export const description = resourceDescription('templateMessage', Object.values(operations), 'send');
