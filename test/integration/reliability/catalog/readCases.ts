// Test code never ships: malformed inputs for every operation that reads, stops or cancels.
import type { INodeParameters } from 'n8n-workflow';

import type { CatalogIds, MalformedInput } from './types';
import { byId } from './types';

type Build = (ids: CatalogIds) => INodeParameters;

const op = (resource: string, operation: string, extra: (ids: CatalogIds) => INodeParameters = () => ({})): ((more?: INodeParameters) => Build) =>
	(more = {}) => (ids) => ({ resource, operation, ...extra(ids), ...more });

const taskGetMany = op('task', 'getMany', () => ({ taskType: 'task' }));
const taskGet = op('task', 'get', (ids) => ({ task: byId(ids.taskId) }));
const taskStop = op('task', 'stop', (ids) => ({ task: byId(ids.taskId) }));
const taskCancel = op('task', 'cancelCall', (ids) => ({ task: byId(ids.taskId), calleeNumber: '+6281200000201' }));
const recCall = op('recording', 'getCall', (ids) => ({ task: byId(ids.taskId), callee: '+6281200000201' }));
const recTask = op('recording', 'getTask', (ids) => ({ task: byId(ids.taskId) }));
const robots = op('robot', 'getMany');
const call = op('call', 'get', () => ({ callId: 'call-1' }));
const strategies = op('strategy', 'getMany');
const planStatus = op('plan', 'getStatus', (ids) => ({ plan: byId(ids.planId) }));
const planRounds = op('plan', 'getRounds', (ids) => ({ plan: byId(ids.planId) }));
const planCancel = op('plan', 'cancelCall', (ids) => ({ plan: byId(ids.planId), calleeNumber: '+6281200000201' }));
const planRecs = op('plan', 'getNumberRecordings', (ids) => ({ plan: byId(ids.planId), callee: '+6281200000201' }));

const LIMIT = /Item 0, field "Limit": /;
const limitCases = (operation: string, build: (more?: INodeParameters) => Build, values: unknown[]): MalformedInput[] =>
	values.map((limit) => ({ operation, what: `Limit ${JSON.stringify(limit)}`, parameters: build({ returnAll: false, limit: limit as number }), error: LIMIT }));

export const readCases: MalformedInput[] = [
	...limitCases('Task: Get Many', taskGetMany, [0, -1, 2.5, 'abc']),
	{ operation: 'Task: Get Many', what: 'Additional Query Parameters not JSON', parameters: taskGetMany({ additionalQueryParameters: '{"Page": ' }), error: /Item 0, field "Additional Query Parameters": is not valid JSON/ },
	{ operation: 'Task: Get Many', what: 'Additional Query Parameters a number', parameters: taskGetMany({ additionalQueryParameters: '5' }), error: /Item 0, field "Additional Query Parameters": must be a JSON object/ },
	{ operation: 'Task: Get', what: 'no task', parameters: taskGet({ task: byId('') }), error: /Item 0, field "Task": is empty/ },
	{ operation: 'Task: Get', what: 'task ID of spaces', parameters: taskGet({ task: byId('   ') }), error: /Item 0, field "Task": is empty/ },
	...limitCases('Task: Get', taskGet, [0, -5]),
	{ operation: 'Task: Get', what: 'a task AIRudder does not know', parameters: taskGet({ task: byId('no-such-task') }), error: /AIRudder error \d+: .*\(item 0\)/, needsAirudder: true },
	{ operation: 'Task: Stop', what: 'no task', parameters: taskStop({ task: byId('') }), error: /Item 0, field "Task": is empty/ },
	{ operation: 'Task: Stop', what: 'Additional Body Fields not JSON', parameters: taskStop({ additionalBodyFields: '{{' }), error: /Item 0, field "Additional Body Fields": is not valid JSON/ },
	{ operation: 'Task: Stop', what: 'a task AIRudder does not know', parameters: taskStop({ task: byId('no-such-task') }), error: /AIRudder error \d+: .*\(item 0\)/, needsAirudder: true },
	{ operation: 'Task: Cancel Call', what: 'no task', parameters: taskCancel({ task: byId('') }), error: /Item 0, field "Task": is empty/ },
	{ operation: 'Task: Cancel Call', what: 'empty phone', parameters: taskCancel({ calleeNumber: '' }), error: /Item 0, field "Phone Number": is empty/ },
	{ operation: 'Task: Cancel Call', what: 'phone too short', parameters: taskCancel({ calleeNumber: '+62 812 (345)' }), error: /Item 0, field "Phone Number": .*too short/ },
	{ operation: 'Task: Cancel Call', what: 'phone of five digits', parameters: taskCancel({ calleeNumber: '12345' }), error: /Item 0, field "Phone Number": .*not an E\.164/ },
	{ operation: 'Recording: Get Call Recording', what: 'no task', parameters: recCall({ task: byId('') }), error: /Item 0, field "Task": is empty/ },
	{ operation: 'Recording: Get Call Recording', what: 'empty phone', parameters: recCall({ callee: '' }), error: /Item 0, field "Phone Number": is empty/ },
	{ operation: 'Recording: Get Call Recording', what: 'phone is words', parameters: recCall({ callee: 'abc' }), error: /Item 0, field "Phone Number": .*not an E\.164/ },
	{ operation: 'Recording: Get Call Recording', what: 'binary field named ""', parameters: recCall({ download: true, binaryPropertyName: '' }), error: /Item 0, field "Put Output File in Field": is empty/ },
	{ operation: 'Recording: Get Call Recording', what: 'binary field of spaces', parameters: recCall({ download: true, binaryPropertyName: '   ' }), error: /Item 0, field "Put Output File in Field": is empty/ },
	{ operation: 'Recording: Get Task Recordings', what: 'no task', parameters: recTask({ task: byId(' ') }), error: /Item 0, field "Task": is empty/ },
	{ operation: 'Recording: Get Task Recordings', what: 'binary field named ""', parameters: recTask({ download: true, binaryPropertyName: '' }), error: /Item 0, field "Put Output File in Field": is empty/ },
	...limitCases('Robot: Get Many', robots, [0, -1]),
	{ operation: 'Robot: Get Many', what: 'Additional Query Parameters not JSON', parameters: robots({ additionalQueryParameters: 'x' }), error: /Item 0, field "Additional Query Parameters": is not valid JSON/ },
	{ operation: 'Call: Get', what: 'empty call ID', parameters: call({ callId: '' }), error: /Item 0: required field\(s\) missing: "Call ID"/ },
	{ operation: 'Call: Get', what: 'call ID of spaces', parameters: call({ callId: '   ' }), error: /Item 0: required field\(s\) missing: "Call ID"/ },
	...limitCases('Strategy: Get Many', strategies, [0, -1, 2.5]),
	{ operation: 'Plan: Get Status', what: 'no plan', parameters: planStatus({ plan: byId('') }), error: /Item 0, field "Plan": is empty/ },
	{ operation: 'Plan: Get Status', what: 'plan ID of spaces', parameters: planStatus({ plan: byId('  ') }), error: /Item 0, field "Plan": is empty/ },
	{ operation: 'Plan: Get Rounds', what: 'no plan', parameters: planRounds({ plan: byId('') }), error: /Item 0, field "Plan": is empty/ },
	...limitCases('Plan: Get Rounds', planRounds, [0, -1, 'abc']),
	{ operation: 'Plan: Cancel Call', what: 'no plan', parameters: planCancel({ plan: byId('') }), error: /Item 0, field "Plan": is empty/ },
	{ operation: 'Plan: Cancel Call', what: 'phone too short', parameters: planCancel({ calleeNumber: '+852 1234' }), error: /Item 0, field "Phone Number": .*too short/ },
	{ operation: 'Plan: Get Number Recordings', what: 'no plan', parameters: planRecs({ plan: byId('') }), error: /Item 0, field "Plan": is empty/ },
	{ operation: 'Plan: Get Number Recordings', what: 'empty phone', parameters: planRecs({ callee: '' }), error: /Item 0, field "Phone Number": is empty/ },
	{ operation: 'Plan: Get Number Recordings', what: 'binary field named ""', parameters: planRecs({ download: true, binaryPropertyName: '' }), error: /Item 0, field "Put Output File in Field": is empty/ },
];
