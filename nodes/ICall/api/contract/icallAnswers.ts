import { callRow, planRow, robotRow, strategyRow, taskRow } from './calling';
import type { ExpectedAnswer } from './types';
import { endpoints as workflowEndpoints } from './workflow';
import { workflowRow } from './workflowRows';

/**
 * The answers of the iCall node's read endpoints as the package reads them: the pickers' names, the
 * call row the trigger shares, and the result names of the contract. Tags follow the endpoints'.
 */
export const icallAnswers = {
	robotGetMany: { holds: 'rows', fields: Object.values(robotRow), tag: 'C / M' },
	strategyGetMany: { holds: 'rows', fields: Object.values(strategyRow), tag: 'M' },
	taskGetMany: { holds: 'rows', fields: Object.values(taskRow), tag: 'C' },
	/** task.getMany with the plan type: plans are listed through the same endpoint (M). */
	planList: { holds: 'rows', fields: Object.values(planRow), tag: 'M' },
	taskGet: { holds: 'rows', fields: Object.values(callRow), nested: { [callRow.variables]: 'object' }, tag: 'M' },
	planGetStatus: { holds: 'object', fields: Object.values(planRow), tag: 'M' },
	workflowTemplateGetMany: { holds: 'rows', fields: Object.values(workflowEndpoints.workflowTemplateGetMany.result), tag: 'M' },
	workflowGetMany: { holds: 'rows', fields: Object.values(workflowRow), tag: 'M' },
	workflowGetSubtasks: { holds: 'rows', fields: Object.values(workflowEndpoints.workflowGetSubtasks.result), tag: 'D (webhook fields) / M' },
} satisfies Record<string, ExpectedAnswer>;

