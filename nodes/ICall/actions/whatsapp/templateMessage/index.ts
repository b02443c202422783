import * as getResult from './getResult.operation';
import * as send from './send.operation';
import * as sendSingle from './sendSingle.operation';
import { resourceDescription } from '../../common/operationModule';

export const operations = { send, sendSingle, getResult };

export const description = resourceDescription('templateMessage', Object.values(operations), 'send');
