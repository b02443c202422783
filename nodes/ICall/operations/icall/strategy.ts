import { endpoints } from '../../api/contract/calling';
import { defineOperation, defineResource } from '../define';
import { rowsEach } from '../engine';
import { pagingProperties } from '../fields';

const getMany = defineOperation(
	endpoints.strategyGetMany,
	{ name: 'Get Many', action: 'Get many strategies', description: 'List the strategies plans can follow' },
	pagingProperties,
	/** One item per strategy: the rules a plan follows from round to round. */
	rowsEach(),
);

export const strategy = defineResource('Strategy', [getMany]);
