import { endpoints } from '../../api/contract/calling';
import { defineOperation, defineResource } from '../define';
import { rowsEach } from '../engine';
import { pagingProperties } from '../fields';

const getMany = defineOperation(
	endpoints.robotGetMany,
	{ name: 'Get Many', action: 'Get many robots', description: 'List the voice robots of your account' },
	pagingProperties,
	/** One item per robot; the robot decides whether a task collects, sells or checks information. */
	rowsEach(),
);

export const robot = defineResource('Robot', [getMany]);
