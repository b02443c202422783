import { endpoints } from '../../api/contract/chatbot';
import { defineOperation, defineResource } from '../define';
import { oneResultEach, rowsEach } from '../engine';
import { pagingProperties, readLocator } from '../fields';
import { templateLocator, wabaAccountLocator } from './pickers';

const get = defineOperation(
	endpoints.templateGet,
	{ name: 'Get', action: 'Get a template', description: 'Read one template: its content, languages and the variables it needs' },
	[templateLocator],
	oneResultEach((context, itemIndex) => ({ templateId: readLocator(context, templateLocator, itemIndex) })),
);

const getMany = defineOperation(
	endpoints.templateGetMany,
	{ name: 'Get Many', action: 'Get many templates', description: 'List the message templates of a WABA account, with their languages and variables' },
	[wabaAccountLocator, ...pagingProperties],
	rowsEach((context, itemIndex) => ({
		wabaAccountId: readLocator(context, wabaAccountLocator, itemIndex),
	})),
);

export const template = defineResource('Template', [get, getMany], 'getMany');
