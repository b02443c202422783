import * as cancel from './cancel.operation';
import { resourceDescription } from '../common/operationModule';

export const operations = { cancel };

export const description = resourceDescription('workflowContact', Object.values(operations), 'cancel');
