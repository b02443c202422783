/**
 * The names the iCall node reads in the workflow family's rows: its pickers and its status filter.
 * The sandbox extends these rows with every field it answers and the webhooks carry.
 */

/** What the workflow picker reads of a row of workflow.getMany. */
export const workflowRow = { workflowId: 'workflow_id', workflowName: 'workflow_name' } as const;

/** What the template picker reads of a row of workflowTemplate.getMany. */
export const workflowTemplateRow = { templateId: 'workflow_template_id', templateName: 'workflow_template_name', nodeId: 'node_id' } as const;

/** IDs the editor names in its field descriptions, so a user knows where to find them. */
export const nodetaskRow = { nodetaskId: 'nodetask_id' } as const;
export const workflowCallRow = { callId: 'call_id' } as const;
export const workflowTaskRow = { taskId: 'task_id' } as const;
export const wabaTaskRow = { wabaTaskId: 'waba_task_id' } as const;

/** Workflow statuses, offered as the status filter: the vendor's values are not documented (M). */
export const workflowStatuses = { running: 'running', stopped: 'stopped', finished: 'finished' } as const;
