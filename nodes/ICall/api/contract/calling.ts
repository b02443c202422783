import type { ContactList, Endpoint } from './types';
import { VARIABLES_AT_TOP_LEVEL } from './types';

/**
 * The contacts of a task or plan (vendor worked example, D): `Details[]`, one object per contact
 * with `Mobile`, an optional `RobotID` of its own, and the robot variables as keys of the same
 * object. The case id is one more such key, `CaseID` (M).
 */
const classicContacts: ContactList = {
	field: 'contacts',
	entry: { number: 'Mobile', caseId: 'CaseID', robotId: 'RobotID', variables: VARIABLES_AT_TOP_LEVEL },
	tag: 'D (CaseID M)',
};

/** A plan's contacts take the task's entry shape, by analogy: the plan page's body was not readable. */
const planContacts: ContactList = { ...classicContacts, tag: "M (entry shape follows task.create's D example)" };

/**
 * Fields of one call row: what task.get returns per call and what the call webhook carries (M).
 * The sandbox builds rows from this list; the node passes rows through whole.
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

/** Fields of one task row in task.getMany and of the task webhook (M). */
export const taskRow = {
	taskId: 'TaskID',
	taskName: 'TaskName',
	taskStatus: 'TaskStatus',
	robotId: 'RobotID',
	createTime: 'CreateTime',
	total: 'TotalCount',
	called: 'CalledCount',
	answered: 'AnsweredCount',
} as const;

/** Fields of robot, strategy, plan and round rows (M). */
export const robotRow = { robotId: 'RobotID', robotName: 'RobotName' } as const;
export const strategyRow = { strategyId: 'StrategyID', strategyName: 'StrategyName' } as const;
export const planRow = {
	planId: 'PlanID',
	planName: 'PlanName',
	planStatus: 'PlanStatus',
	strategyId: 'StrategyID',
} as const;
export const roundRow = { round: 'Round', taskId: 'TaskID', taskStatus: 'TaskStatus' } as const;

/**
 * Values of `Type` in task.getMany: `normal` was seen in client code (C); plans listed through the
 * same endpoint (the docs file "List the Task Created" under the plan group too) are modeled as `plan` (M).
 */
export const taskListTypes = { task: 'normal', plan: 'plan' } as const;

/** The task/plan statuses the sandbox reports (M). */
export const taskStatuses = { running: 'Running', finished: 'Finished', stopped: 'Stopped' } as const;
export const callStatuses = {
	answered: 'Answered',
	noAnswer: 'NoAnswer',
	busy: 'Busy',
	failed: 'Failed',
	canceled: 'Canceled',
} as const;

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
		fields: {
			taskName: { wire: 'TaskName', tag: 'D', required: true },
			robotId: { wire: 'RobotID', tag: 'D', required: true },
			sipLine: { wire: 'SIPLine', tag: 'D' },
			robotMethod: { wire: 'RobotMethod', tag: 'C' },
			scheduleStartTime: { wire: 'ScheduleStartTime', tag: 'D' },
			scheduleEndTime: { wire: 'ScheduleEndTime', tag: 'D' },
			repeatInterval: { wire: 'RepeatInterval', tag: 'D' },
			repeatNumber: { wire: 'RepeatNumber', tag: 'D' },
			type: { wire: 'Type', tag: 'D', required: true },
			contacts: { wire: 'Details', tag: 'D', required: true },
		},
		constants: { Type: 'normal' },
		contacts: classicContacts,
		result: { taskId: 'TaskID' },
		implemented: true,
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
			size: { wire: 'Number', tag: 'C' },
			page: { wire: 'Page', tag: 'C' },
			type: { wire: 'Type', tag: 'C' },
		},
		pagination: { page: 'Page', size: 'Number' },
		implemented: true,
	},
	taskGet: {
		resource: 'task',
		operation: 'get',
		family: 'calling',
		title: 'Obtain the Detailed Information of Tasks',
		method: 'GET',
		path: '/service/cloud/detail',
		tag: 'C / M',
		fields: {
			taskId: { wire: 'TaskID', tag: 'C', required: true },
			page: { wire: 'Page', tag: 'M' },
			size: { wire: 'Number', tag: 'M' },
		},
		pagination: { page: 'Page', size: 'Number' },
		implemented: true,
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
			action: { wire: 'Action', tag: 'C', required: true },
			taskId: { wire: 'TaskID', tag: 'C', required: true },
		},
		constants: { Action: 'Stop' },
		implemented: true,
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
			taskId: { wire: 'TaskID', tag: 'C', required: true },
			calleeNumber: { wire: 'CalleeNumber', tag: 'C', required: true },
		},
		implemented: true,
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
			taskId: { wire: 'TaskID', tag: 'C', required: true },
			callee: { wire: 'Callee', tag: 'C', required: true },
		},
		result: { recordingUrl: 'RecordingURL' },
		mayReturnFile: true,
		implemented: true,
	},
	recordingGetTask: {
		resource: 'recording',
		operation: 'getTask',
		family: 'calling',
		title: 'Obtain Task Recordings',
		method: 'GET',
		path: '/service/cloud/recording',
		tag: 'C / M',
		fields: { taskId: { wire: 'TaskID', tag: 'C', required: true } },
		result: { recordingUrl: 'RecordingURL' },
		mayReturnFile: true,
		implemented: true,
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
		implemented: true,
	},
	callGet: {
		resource: 'call',
		operation: 'get',
		family: 'calling',
		title: 'Obtain call info and recording link by callid',
		method: 'GET',
		path: '/service/cloud/callinfo',
		tag: 'M',
		fields: { callId: { wire: 'CallID', tag: 'M', required: true } },
		implemented: true,
	},
	strategyGetMany: {
		resource: 'strategy',
		operation: 'getMany',
		family: 'calling',
		title: 'Obtain the List of Strategies',
		method: 'GET',
		path: '/service/cloud/strategy',
		tag: 'M',
		fields: {},
		result: strategyRow,
		implemented: true,
	},
	planCreate: {
		resource: 'plan',
		operation: 'create',
		family: 'calling',
		title: 'Create a Dialing Plan with Strategy',
		method: 'POST',
		path: '/service/cloud/plan',
		tag: 'M (contact entry follows task.create, D)',
		fields: {
			planName: { wire: 'PlanName', tag: 'M', required: true },
			strategyId: { wire: 'StrategyID', tag: 'M', required: true },
			sipLine: { wire: 'SIPLine', tag: 'M' },
			contacts: { wire: 'Details', tag: 'M', required: true },
		},
		contacts: planContacts,
		result: { planId: 'PlanID' },
		implemented: true,
	},
	planGetStatus: {
		resource: 'plan',
		operation: 'getStatus',
		family: 'calling',
		title: 'Obtain the Information of Plan Status',
		method: 'GET',
		path: '/service/cloud/planstatus',
		tag: 'M',
		fields: { planId: { wire: 'PlanID', tag: 'M', required: true } },
		implemented: true,
	},
	planGetRounds: {
		resource: 'plan',
		operation: 'getRounds',
		family: 'calling',
		title: 'Obtain the Information of Each Round of the Plan',
		method: 'GET',
		path: '/service/cloud/planround',
		tag: 'M',
		fields: { planId: { wire: 'PlanID', tag: 'M', required: true } },
		result: roundRow,
		implemented: true,
	},
	planCancelCall: {
		resource: 'plan',
		operation: 'cancelCall',
		family: 'calling',
		title: 'Cancel a Certain Call in a Plan',
		method: 'POST',
		path: '/service/cloud/plancancelphonecall',
		tag: 'M',
		fields: {
			planId: { wire: 'PlanID', tag: 'M', required: true },
			calleeNumber: { wire: 'CalleeNumber', tag: 'M', required: true },
		},
		implemented: true,
	},
	planGetNumberRecordings: {
		resource: 'plan',
		operation: 'getNumberRecordings',
		family: 'calling',
		title: 'Obtain All Call Recordings of a Number in the Plan',
		method: 'GET',
		path: '/service/cloud/planrecording',
		tag: 'M',
		fields: {
			planId: { wire: 'PlanID', tag: 'M', required: true },
			callee: { wire: 'Callee', tag: 'M', required: true },
		},
		result: { recordingUrl: 'RecordingURL' },
		implemented: true,
	},
} satisfies Record<string, Endpoint>;
