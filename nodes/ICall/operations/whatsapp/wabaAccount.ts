import { endpoints } from '../../api/contract/chatbot';
import { defineOperation, defineResource } from '../define';
import { rowsEach } from '../engine';
import { pagingProperties } from '../fields';

const getMany = defineOperation(
	endpoints.wabaAccountGetMany,
	{ name: 'Get Many', action: 'Get many WABA accounts', description: 'List the WhatsApp Business accounts linked to your AIRudder account' },
	pagingProperties,
	rowsEach(),
);

export const wabaAccount = defineResource('WABA Account', [getMany]);
