import * as add from './add.operation';
import * as update from './update.operation';
import * as cancel from './cancel.operation';
import { resourceDescription } from '../common/operationModule';

export const operations = { add, update, cancel };

export const description = resourceDescription('workflowContact', Object.values(operations), 'add');
