import type { INodeProperties } from 'n8n-workflow';
import { pollEventIds, pollEvents } from './events';

export const pollProperties: INodeProperties[] = [
	{
		displayName:
			'This trigger asks AIRudder for new results on the schedule below: no public URL and no AIRudder staff are needed. Results arrive one poll late; a callback (AIRudder iCall Trigger) is faster where n8n is reachable from the internet.',
		name: 'pollNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		required: true,
		default: [pollEventIds.callFinished],
		options: pollEvents.map((event) => ({ name: event.name, value: event.id, description: `Output event "${event.id}"; reads the ${event.reads}` })),
		description: 'What to start the workflow for. Items have the layout of AIRudder iCall Trigger, so either trigger can feed the same nodes.',
	},
	{
		displayName: 'Task Finished Output',
		name: 'taskFinishedOutput',
		type: 'options',
		default: 'task',
		options: [
			{ name: 'One Item per Task', value: 'task', description: 'The task row of the task list' },
			{ name: 'One Item per Call of the Task', value: 'calls', description: 'Every call row of the task, read once when it is over, with the task row beside each' },
		],
		displayOptions: { show: { events: [pollEventIds.taskFinished] } },
	},
	{
		displayName: 'Watch',
		name: 'scope',
		type: 'options',
		default: 'all',
		options: [
			{ name: 'Everything Created From Activation On', value: 'all', description: 'Every task, plan and workflow the account creates while this workflow is published' },
			{ name: 'Given IDs', value: 'ids', description: 'Tasks, plans or workflows by ID, whenever they were created' },
			{ name: 'Names Starting With', value: 'prefix', description: 'Those created from activation on whose name starts with a prefix' },
		],
	},
	{
		displayName: 'IDs',
		name: 'ids',
		type: 'string',
		default: '',
		placeholder: 'e.g. 64f0c2a1e4b0a7d3c9e1f2a3, 64f0c2a1e4b0a7d3c9e1f2a4',
		description: 'Task, plan or workflow IDs, separated by commas, spaces or new lines. An ID AIRudder does not list is reported once in n8n\'s log.',
		displayOptions: { show: { scope: ['ids'] } },
	},
	{
		displayName: 'Name Prefix',
		name: 'namePrefix',
		type: 'string',
		default: '',
		placeholder: 'e.g. collections-',
		displayOptions: { show: { scope: ['prefix'] } },
	},
	{
		displayName: 'Emit Results Since',
		name: 'startTime',
		type: 'dateTime',
		default: '',
		description: 'Results from before activation are not emitted, unless you set a past time here: the first poll then emits what ended since',
	},
];
