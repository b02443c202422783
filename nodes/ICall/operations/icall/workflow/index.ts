import { resourceDescription } from '../../define';
import * as create from './create.operation';
import * as getMany from './getMany.operation';
import * as getSubtasks from './getSubtasks.operation';
import * as findByContact from './findByContact.operation';
import * as stop from './stop.operation';
import * as verifyApiNodePush from './verifyApiNodePush.operation';

export const operations = { create, getMany, getSubtasks, findByContact, stop, verifyApiNodePush };

export const description = resourceDescription('workflow', Object.values(operations), 'create');
