import { endpoints as calling, planRow, taskListTypes, taskRow } from '../../api/contract/calling';
import { icallAnswers } from '../../api/contract/icallAnswers';
import { endpoints as workflow } from '../../api/contract/workflow';
import { workflowRow } from '../../api/contract/workflowRows';
import { accountResource, checkStep } from '../accountCheck/check';

/** Every iCall read that needs no ID, then one read of each detail with an ID found in the lists. */
export const account = accountResource('AIRudder iCall', [
	checkStep({ endpoint: calling.robotGetMany, expected: icallAnswers.robotGetMany }),
	checkStep({ endpoint: calling.strategyGetMany, expected: icallAnswers.strategyGetMany }),
	checkStep({
		endpoint: calling.taskGetMany,
		values: { type: taskListTypes.task },
		expected: icallAnswers.taskGetMany,
		finds: { id: 'task', field: taskRow.taskId },
	}),
	checkStep({
		endpoint: calling.taskGetMany,
		variant: 'plans',
		values: { type: taskListTypes.plan },
		expected: icallAnswers.planList,
		finds: { id: 'plan', field: planRow.planId },
	}),
	checkStep({ endpoint: workflow.workflowTemplateGetMany, expected: icallAnswers.workflowTemplateGetMany }),
	checkStep({ endpoint: workflow.workflowGetMany, expected: icallAnswers.workflowGetMany, finds: { id: 'workflow', field: workflowRow.workflowId } }),
	checkStep({ endpoint: calling.taskGet, needs: { id: 'task', field: 'taskId' }, expected: icallAnswers.taskGet }),
	checkStep({ endpoint: calling.planGetStatus, needs: { id: 'plan', field: 'planId' }, expected: icallAnswers.planGetStatus }),
	checkStep({ endpoint: workflow.workflowGetSubtasks, needs: { id: 'workflow', field: 'workflowId' }, expected: icallAnswers.workflowGetSubtasks }),
]);
