import { endpoints } from '../../api/contract/workflow';
import { workflowCallRow } from '../../api/contract/workflowRows';
import { defineOperation, defineResource } from '../define';
import { oneResultEach, rowsEach } from '../engine';
import { optionalLocator, pagingProperties, readOptionalLocator, workflowLocator } from '../fields';
import { numberRecordingsOperation } from '../recordings';
import { contactKeyProperties, readContactKeys, readRequiredText, readText, requiredTextProperty, textProperty } from '../sharedFields';

const get = defineOperation(
	endpoints.workflowCallGet,
	{
		name: 'Get',
		action: 'Get the calls of a contact in a workflow',
		description: 'Call results and recording links by phone number or case ID, within a workflow or one of its tasks',
	},
	[
		...contactKeyProperties,
		optionalLocator(workflowLocator, 'workflowId', 'The workflow to look in; give this or the Outbound Task ID'),
		textProperty('taskId', 'Outbound Task ID', 'The outbound task to look in; give this or the Workflow'),
		...pagingProperties,
	],
	rowsEach((context, itemIndex) => ({
		...readContactKeys(context, itemIndex),
		workflowId: readOptionalLocator(context, 'workflowId', itemIndex, 'Workflow'),
		taskId: readText(context, 'taskId', itemIndex, 'Outbound Task ID'),
	})),
);

const getById = defineOperation(
	endpoints.workflowCallGetById,
	{ name: 'Get by Call ID', action: 'Get a workflow call by its ID', description: 'One call’s result and recording link' },
	[requiredTextProperty('callId', 'Call ID', `A ${workflowCallRow.callId} from a call webhook or Workflow Outbound Task: Get Details`)],
	oneResultEach((context, itemIndex) => ({
		callId: readRequiredText(context, 'callId', 'Call ID', itemIndex),
	})),
);

/** One item per recording of the number; the audio as binary when asked. */
const getRecordings = numberRecordingsOperation(
	endpoints.workflowCallGetRecordings,
	{
		name: 'Get Recordings',
		action: 'Get all recordings of a number in a workflow',
		description: 'Every recorded call of one number across the workflow’s steps, as links or audio files',
	},
	workflowLocator,
	'workflowId',
	'The number whose recordings you want, in E.164',
);

export const workflowCall = defineResource('Workflow Call', [get, getById, getRecordings]);
