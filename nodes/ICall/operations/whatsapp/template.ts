import { endpoints } from '../../api/contract/chatbot';
import { defineOperation, defineResource } from '../define';
import { getManyPerItem, singlePerItem } from '../engine';
import { pagingProperties, readLocator } from '../fields';
import { templateLocator, wabaAccountLocator } from './pickers';

const get = defineOperation(
	endpoints.templateGet,
	{ name: 'Get', action: 'Get a template', description: 'Read one template: its content, languages and the variables it needs' },
	[templateLocator],
	async function (items) {
		return await singlePerItem.call(this, items, endpoints.templateGet, (itemIndex) => ({ templateId: readLocator(this, templateLocator, itemIndex) }));
	},
);

const getMany = defineOperation(
	endpoints.templateGetMany,
	{ name: 'Get Many', action: 'Get many templates', description: 'List the message templates of a WABA account, with their languages and variables' },
	[wabaAccountLocator, ...pagingProperties],
	async function (items) {
		return await getManyPerItem.call(this, items, endpoints.templateGetMany, (itemIndex) => ({
			wabaAccountId: readLocator(this, wabaAccountLocator, itemIndex),
		}));
	},
);

export const template = defineResource('Template', [get, getMany], 'getMany');
