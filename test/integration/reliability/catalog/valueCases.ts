// Test code never ships: malformed values (impossible dates, objects from expressions, values JSON cannot carry).
import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { task } from './createCases';
import type { MalformedInput } from './types';
import { byId, GOOD } from './types';

const endTime = '2030-05-01T10:00:00Z';
const workflowCreate = (extra: INodeParameters = {}) => () => ({
	resource: 'workflow',
	operation: 'create',
	template: byId('101'),
	name: 'Wave',
	endTime,
	contactsSource: 'items',
	phoneNumberField: 'phone',
	...extra,
});
const findByContact = (startTime: string, end: string) => () => ({ resource: 'workflow', operation: 'findByContact', callee: GOOD[0], startTime, endTime: end });
const expression = (value: string) => ({ __rl: true, mode: 'id', value });
/** One contact whose other fields are `json`. */
const contact = (json: IDataObject): INodeExecutionData[] => [{ json: { phone: GOOD[0], ...json } }];
/** One input item carrying a value an expression picks up with `$json.value`. */
const carrying = (value: unknown): INodeExecutionData[] => [{ json: { value: value as IDataObject[string] } }];

const WC = 'Workflow: Create';
const FC = 'Workflow: Find by Contact';
const T = 'Task: Create';

export const valueCases: MalformedInput[] = [
	{ operation: WC, what: 'End Time on 31 February', parameters: workflowCreate({ endTime: '2030-02-31T10:00:00' }), error: /Item 0, field "End Time": "2030-02-31T10:00:00" is not a real date and time/ },
	{ operation: WC, what: 'End Time at 25:61', parameters: workflowCreate({ endTime: '2030-01-01T25:61:00' }), error: /Item 0, field "End Time": .*not a real date/ },
	{ operation: WC, what: 'End Time offset +99:99', parameters: workflowCreate({ endTime: '2030-01-01T10:00:00+99:99' }), error: /Item 0, field "End Time": .*not a real date/ },
	{ operation: WC, what: 'End Time offset beyond +14:00', parameters: workflowCreate({ endTime: '2030-01-01T10:00:00+14:30' }), error: /Item 0, field "End Time": .*not a real date/ },
	{ operation: WC, what: 'name an object from an expression', parameters: workflowCreate({ name: '={{ { a: 1 } }}' }), error: /Item 0, field "Workflow Task Name": is an object/ },
	{ operation: WC, what: 'name of spaces', parameters: workflowCreate({ name: '   ' }), error: /Item 0: required field\(s\) missing: "Workflow Task Name"/ },
	{ operation: FC, what: 'Added After on 30 February', parameters: findByContact('2026-02-30T00:00:00', '2026-03-05T00:00:00'), error: /Item 0, field "Added After": .*not a real date/ },
	{ operation: FC, what: 'Added After after Added Before', parameters: findByContact('2026-03-02T00:00:00Z', '2026-03-01T00:00:00Z'), error: /Item 0, field "Added Before": 2026-03-01 08:00:00\+08:00 is not after Added After 2026-03-02 08:00:00\+08:00/ },
	{ operation: FC, what: 'Added After equal to Added Before', parameters: findByContact('2026-03-01T00:00:00Z', '2026-03-01T08:00:00+08:00'), error: /Item 0, field "Added Before": .*is not after Added After/ },
	{ operation: 'Call: Get', what: 'call ID from a field the item lacks', parameters: () => ({ resource: 'call', operation: 'get', callId: '={{ $json.missing }}' }), error: /Item 0: required field\(s\) missing: "Call ID"/ },
	{ operation: 'Call: Get', what: 'call ID null', parameters: () => ({ resource: 'call', operation: 'get', callId: '={{ $json.value }}' }), items: carrying(null), error: /Item 0: required field\(s\) missing: "Call ID"/ },
	{ operation: 'Call: Get', what: 'call ID an object', parameters: () => ({ resource: 'call', operation: 'get', callId: '={{ $json.value }}' }), items: carrying({ id: 1 }), error: /Item 0, field "Call ID": is an object/ },
	{ operation: 'Call: Get', what: 'call ID a list', parameters: () => ({ resource: 'call', operation: 'get', callId: '={{ $json.value }}' }), items: carrying(['c1', 'c2']), error: /Item 0, field "Call ID": is a list/ },
	{ operation: 'Task: Get', what: 'task locator resolving to an object', parameters: () => ({ resource: 'task', operation: 'get', task: expression('={{ $json.value }}') }), items: carrying({ id: 'T1' }), error: /Item 0, field "Task": is an object/ },
	{ operation: 'Workflow Call: Get', what: 'workflow ID an object', parameters: () => ({ resource: 'workflowCall', operation: 'get', callee: GOOD[0], workflowId: expression('={{ $json.value }}') }), items: carrying({ id: 'w' }), error: /Item 0, field "Workflow": is an object/ },
	{ operation: 'Workflow: Verify API Node Push', what: 'node ID an object', parameters: () => ({ resource: 'workflow', operation: 'verifyApiNodePush', workflow: byId('w1'), nodeId: '={{ $json.value }}', callee: GOOD[0] }), items: carrying({ id: 'n' }), error: /Item 0, field "API Node ID": is an object/ },
	{ operation: T, what: 'Case ID field an object', parameters: task({ caseIdField: 'loanId' }), items: contact({ loanId: { id: 1 } }), error: /item 0, field "loanId": is an object/ },
	{ operation: T, what: 'Case ID field a list', parameters: task({ caseIdField: 'loanId' }), items: contact({ loanId: ['a', 'b'] }), error: /item 0, field "loanId": is a list/ },
	{ operation: T, what: 'Robot ID field an object', parameters: task({ robotIdField: 'bot' }), items: contact({ bot: { id: 'r' } }), error: /item 0, field "bot": is an object/ },
	{ operation: T, what: 'typed-in Case ID an object', parameters: task({ contactsSource: 'list', contacts: { contact: [{ phoneNumber: GOOD[0], caseId: '={{ { id: 1 } }}' }] } }), error: /item 0, field "Contacts\[0\]\.Case ID": is an object/ },
	{ operation: T, what: 'variable NaN', parameters: task(), items: contact({ amount: NaN }), error: /item 0, field "Variables": "amount" is NaN/ },
	{ operation: T, what: 'selected variable Infinity', parameters: task({ variablesFrom: 'selected', variableFields: 'amount' }), items: contact({ amount: Infinity }), error: /item 0, field "Variable Fields": "amount" is Infinity/ },
	{ operation: T, what: 'variable an invalid Date', parameters: task(), items: contact({ due: new Date(NaN) as unknown as IDataObject[string] }), error: /item 0, field "Variables": "due" is an invalid date/ },
	{ operation: T, what: 'Redial Attempts true', parameters: task({ additionalFields: { repeatNumber: '={{ true }}' } }), error: /Item 0, field "Redial Attempts": must be a whole number of at least 0, got true/ },
	{ operation: T, what: 'Redial Attempts blank text', parameters: task({ additionalFields: { repeatNumber: '={{ " " }}' } }), error: /Item 0, field "Redial Attempts": must be a whole number of at least 0, got " "/ },
	{ operation: T, what: 'task name with a zero-width space', parameters: task({ taskName: 'morning\u200Brun' }), error: /Item 0, field "Task Name": .*invisible space \(U\+200B\)/ },
	{ operation: T, what: 'task name with a word joiner', parameters: task({ taskName: 'morning\u2060run' }), error: /Item 0, field "Task Name": .*invisible space \(U\+2060\)/ },
	{ operation: T, what: 'task name of zero-width spaces', parameters: task({ taskName: '\u200B\u200C' }), error: /Item 0, field "Task Name": is empty/ },
	{ operation: 'Plan: Create', what: 'plan name an object', parameters: () => ({ resource: 'plan', operation: 'create', planName: '={{ { a: 1 } }}', strategy: byId('strategy-two-rounds'), contactsSource: 'items', phoneNumberField: 'phone' }), error: /Item 0, field "Plan Name": is an object/ },
];
