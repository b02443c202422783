import { resourceDescription } from '../../define';
import * as add from './add.operation';
import * as update from './update.operation';
import * as cancel from './cancel.operation';

export const operations = { add, update, cancel };

export const description = resourceDescription('workflowContact', Object.values(operations), 'add');
