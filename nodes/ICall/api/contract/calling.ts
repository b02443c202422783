import type { ContactList, Endpoint } from './types';
import { VARIABLES_AT_TOP_LEVEL } from './types';

/**
 * The contacts of a task or plan: `Details[]`, one object per contact with `Mobile`, an optional
 * `RobotID` of its own, and the robot variables as keys of the same object, as in the vendor's
 * worked example. The case id is one more such key, `CaseID`, which is our model. A plan's contacts
 * take the same shape by analogy.
 */
const classicContacts: ContactList = {
	field: 'contacts',
	entry: { number: 'Mobile', caseId: 'CaseID', robotId: 'RobotID', variables: VARIABLES_AT_TOP_LEVEL },
};

/**
 * Fields of one call row: what task.get returns per call and what the call webhook carries. The
 * trigger recognises that webhook by them; the node passes rows through whole.
 */
export const callRow = {
	taskId: 'TaskID',
	callId: 'CallID',
	callee: 'Callee',
	caseId: 'CaseID',
	callStatus: 'CallStatus',
	duration: 'Duration',
	startTime: 'StartTime',
	endTime: 'EndTime',
	intention: 'Intention',
	recordingUrl: 'RecordingURL',
	variables: 'Variables',
} as const;

/** What the task and plan pickers read of a row of task.getMany (the sandbox knows the rest). */
export const taskRow = { taskId: 'TaskID', taskName: 'TaskName' } as const;
export const planRow = { planId: 'PlanID', planName: 'PlanName' } as const;

/** Robot and strategy rows, as their pickers read them. */
export const robotRow = { robotId: 'RobotID', robotName: 'RobotName' } as const;
export const strategyRow = { strategyId: 'StrategyID', strategyName: 'StrategyName' } as const;

/**
 * Values of `Type` in task.getMany: `normal` was seen in client code; plans, which the vendor lists
 * through the same endpoint, are modeled as `plan`.
 */
export const taskListTypes = { task: 'normal', plan: 'plan' } as const;

/** Calling: Collection / Telemarketing & E-commerce / Info Check share these endpoints. */
export const endpoints = {
	taskCreate: {
		resource: 'task',
		operation: 'create',
		family: 'calling',
		title: 'Create a Calling Task',
		method: 'POST',
		path: '/service/cloud/task',
		tag: 'D (vendor worked example); RobotMethod C; CaseID and response M',
		modeled: { contactKeys: ['caseId'], answer: true },
		fields: {
			taskName: { wire: 'TaskName', required: true },
			robotId: { wire: 'RobotID', required: true },
			sipLine: { wire: 'SIPLine' },
			robotMethod: { wire: 'RobotMethod' },
			scheduleStartTime: { wire: 'ScheduleStartTime' },
			scheduleEndTime: { wire: 'ScheduleEndTime' },
			repeatInterval: { wire: 'RepeatInterval' },
			repeatNumber: { wire: 'RepeatNumber' },
			type: { wire: 'Type', required: true },
			contacts: { wire: 'Details', required: true },
		},
		constants: { Type: 'normal' },
		contacts: classicContacts,
		result: { taskId: 'TaskID' },
	},
	taskGetMany: {
		resource: 'task',
		operation: 'getMany',
		family: 'calling',
		title: 'List the Task Created',
		method: 'GET',
		path: '/service/cloud/list',
		tag: 'C',
		fields: {
			size: { wire: 'Number' },
			page: { wire: 'Page' },
			type: { wire: 'Type' },
		},
		pagination: { page: 'Page', size: 'Number' },
	},
	taskGet: {
		resource: 'task',
		operation: 'get',
		family: 'calling',
		title: 'Obtain the Detailed Information of Tasks',
		method: 'GET',
		path: '/service/cloud/detail',
		tag: 'C / M',
		modeled: { fields: ['page', 'size'], answer: true },
		fields: {
			taskId: { wire: 'TaskID', required: true },
			page: { wire: 'Page' },
			size: { wire: 'Number' },
		},
		pagination: { page: 'Page', size: 'Number' },
	},
	taskStop: {
		resource: 'task',
		operation: 'stop',
		family: 'calling',
		title: 'Cancel a Calling Task',
		method: 'POST',
		path: '/service/cloud/operation',
		tag: 'C',
		fields: {
			action: { wire: 'Action', required: true },
			taskId: { wire: 'TaskID', required: true },
		},
		constants: { Action: 'Stop' },
	},
	taskCancelCall: {
		resource: 'task',
		operation: 'cancelCall',
		family: 'calling',
		title: 'Cancel a Certain Call in a Specific Task',
		method: 'POST',
		path: '/service/cloud/cancelphonecall',
		tag: 'C',
		fields: {
			taskId: { wire: 'TaskID', required: true },
			calleeNumber: { wire: 'CalleeNumber', required: true },
		},
	},
	recordingGetCall: {
		resource: 'recording',
		operation: 'getCall',
		family: 'calling',
		title: 'Obtain a Call Recording',
		method: 'GET',
		path: '/service/cloud/case',
		tag: 'C / M',
		fields: {
			taskId: { wire: 'TaskID', required: true },
			callee: { wire: 'Callee', required: true },
		},
		result: { recordingUrl: 'RecordingURL' },
		mayReturnFile: true,
	},
	recordingGetTask: {
		resource: 'recording',
		operation: 'getTask',
		family: 'calling',
		title: 'Obtain Task Recordings',
		method: 'GET',
		path: '/service/cloud/recording',
		tag: 'C / M',
		fields: { taskId: { wire: 'TaskID', required: true } },
		result: { recordingUrl: 'RecordingURL' },
		mayReturnFile: true,
	},
	robotGetMany: {
		resource: 'robot',
		operation: 'getMany',
		family: 'calling',
		title: 'Fetch robot list',
		method: 'GET',
		path: '/service/cloud/robot',
		tag: 'C / M',
		fields: {},
		result: robotRow,
	},
	callGet: {
		resource: 'call',
		operation: 'get',
		family: 'calling',
		title: 'Obtain call info and recording link by callid',
		method: 'GET',
		path: '/service/cloud/callinfo',
		tag: 'M',
		modeled: { path: true },
		fields: { callId: { wire: 'CallID', required: true } },
	},
	strategyGetMany: {
		resource: 'strategy',
		operation: 'getMany',
		family: 'calling',
		title: 'Obtain the List of Strategies',
		method: 'GET',
		path: '/service/cloud/strategy',
		tag: 'M',
		modeled: { path: true },
		fields: {},
		result: strategyRow,
	},
	planCreate: {
		resource: 'plan',
		operation: 'create',
		family: 'calling',
		title: 'Create a Dialing Plan with Strategy',
		method: 'POST',
		path: '/service/cloud/plan',
		tag: 'M (contact entry follows task.create, D)',
		modeled: { path: true },
		fields: {
			planName: { wire: 'PlanName', required: true },
			strategyId: { wire: 'StrategyID', required: true },
			sipLine: { wire: 'SIPLine' },
			contacts: { wire: 'Details', required: true },
		},
		contacts: classicContacts,
		result: { planId: 'PlanID' },
	},
	planGetStatus: {
		resource: 'plan',
		operation: 'getStatus',
		family: 'calling',
		title: 'Obtain the Information of Plan Status',
		method: 'GET',
		path: '/service/cloud/planstatus',
		tag: 'M',
		modeled: { path: true },
		fields: { planId: { wire: 'PlanID', required: true } },
	},
	planGetRounds: {
		resource: 'plan',
		operation: 'getRounds',
		family: 'calling',
		title: 'Obtain the Information of Each Round of the Plan',
		method: 'GET',
		path: '/service/cloud/planround',
		tag: 'M',
		modeled: { path: true },
		fields: { planId: { wire: 'PlanID', required: true } },
	},
	planCancelCall: {
		resource: 'plan',
		operation: 'cancelCall',
		family: 'calling',
		title: 'Cancel a Certain Call in a Plan',
		method: 'POST',
		path: '/service/cloud/plancancelphonecall',
		tag: 'M',
		modeled: { path: true },
		fields: {
			planId: { wire: 'PlanID', required: true },
			calleeNumber: { wire: 'CalleeNumber', required: true },
		},
	},
	planGetNumberRecordings: {
		resource: 'plan',
		operation: 'getNumberRecordings',
		family: 'calling',
		title: 'Obtain All Call Recordings of a Number in the Plan',
		method: 'GET',
		path: '/service/cloud/planrecording',
		tag: 'M',
		modeled: { path: true },
		fields: {
			planId: { wire: 'PlanID', required: true },
			callee: { wire: 'Callee', required: true },
		},
		result: { recordingUrl: 'RecordingURL' },
	},
} satisfies Record<string, Endpoint>;
