// Test code never ships: malformed inputs for Task: Create and Plan: Create.
import type { INodeParameters } from 'n8n-workflow';

import type { MalformedInput } from './types';
import { byId, GOOD, phones } from './types';

export const task = (extra: INodeParameters = {}) => () => ({
	resource: 'task',
	operation: 'create',
	taskName: 'catalog',
	robot: byId('robot-collection-01'),
	contactsSource: 'items',
	phoneNumberField: 'phone',
	...extra,
});
const taskList = (contact: INodeParameters[], extra: INodeParameters = {}) =>
	task({ contactsSource: 'list', contacts: { contact }, ...extra });
const window = (startTime: string, endTime = '') => task({ additionalFields: { startTime, endTime } });
const plan = (extra: INodeParameters = {}) => () => ({
	resource: 'plan',
	operation: 'create',
	planName: 'catalog',
	strategy: byId('strategy-two-rounds'),
	contactsSource: 'items',
	phoneNumberField: 'phone',
	...extra,
});

const T = 'Task: Create';
const P = 'Plan: Create';

export const createCases: MalformedInput[] = [
	{ operation: T, what: 'empty phone in one row', parameters: task(), items: phones(GOOD[0], ''), error: /item 1, field "phone": is empty/ },
	{ operation: T, what: 'phone too short for E.164 (+62 812 (345))', parameters: task(), items: phones('+62 812 (345)', GOOD[0]), error: /item 0, field "phone": .*too short/ },
	{ operation: T, what: 'phone without country code', parameters: task(), items: phones('081234567890'), error: /item 0, field "phone": .*leading "\+"/ },
	{ operation: T, what: 'phone is an object', parameters: task(), items: phones({ n: 1 }), error: /item 0, field "phone": is a object/ },
	{ operation: T, what: 'phone with country code 0', parameters: task(), items: phones('+0123456789'), error: /item 0, field "phone": .*not an E\.164/ },
	{ operation: T, what: 'phone is words', parameters: task(), items: phones('call me'), error: /item 0, field "phone": .*not an E\.164/ },
	{ operation: T, what: 'phone too long (16 digits)', parameters: task(), items: phones('+6281234567890123'), error: /item 0, field "phone": .*not an E\.164/ },
	{ operation: T, what: 'the same number twice in one task', parameters: task(), items: phones(GOOD[0], `${GOOD[0].slice(0, 3)} ${GOOD[0].slice(3)}`), error: /item 1, field "phone": .*already in this list \(item 0\)/ },
	{ operation: T, what: 'phone field that no item has', parameters: task({ phoneNumberField: 'mobile' }), items: phones(GOOD[0]), error: /item 0, field "mobile": is empty/ },
	{ operation: T, what: 'a variable that would overwrite the number', parameters: task(), items: [{ json: { phone: GOOD[0], Mobile: '+1' } }], error: /item 0, field "Variables": "Mobile" would overwrite/ },
	{ operation: T, what: 'robot ID field set but empty in a row', parameters: task({ robotIdField: 'bot' }), items: [{ json: { phone: GOOD[0], bot: ' ' } }], error: /item 0, field "bot": is empty/ },
	{ operation: T, what: 'empty task name', parameters: task({ taskName: '' }), error: /Item 0, field "Task Name": is empty/ },
	{ operation: T, what: 'task name of spaces', parameters: task({ taskName: '    ' }), error: /Item 0, field "Task Name": is empty/ },
	{ operation: T, what: 'task name with spaces', parameters: task({ taskName: 'morning run' }), error: /Item 0, field "Task Name": .*contains spaces/ },
	{ operation: T, what: 'task name of 31 characters', parameters: task({ taskName: 'x'.repeat(31) }), error: /Item 0, field "Task Name": .*at most 30/ },
	{ operation: T, what: 'robot ID of spaces', parameters: task({ robot: byId('   ') }), error: /Item 0, field "Robot": is empty/ },
	{ operation: T, what: 'no robot', parameters: task({ robot: byId('') }), error: /Item 0, field "Robot": is empty/ },
	{ operation: T, what: 'unparsable Call Window Start', parameters: window('tomorrow morning'), error: /Item 0, field "Call Window Start": .*not a real date/ },
	{ operation: T, what: 'Call Window End 2026-13-45 99:99', parameters: window('', '2026-13-45 99:99'), error: /Item 0, field "Call Window End": .*not a real date/ },
	{ operation: T, what: 'Call Window Start on 31 February', parameters: window('2026-02-31 09:00'), error: /Item 0, field "Call Window Start"/ },
	{ operation: T, what: 'start after end', parameters: window('2026-12-02 09:00', '2026-12-01 09:00'), error: /Item 0, field "Call Window End": .*not after/ },
	{ operation: T, what: 'start equal to end', parameters: window('2026-12-01 09:00', '2026-12-01 09:00'), error: /Item 0, field "Call Window End": .*not after/ },
	{ operation: T, what: 'redial interval 0', parameters: task({ additionalFields: { repeatInterval: 0 } }), error: /Item 0, field "Redial Interval \(Minutes\)"/ },
	{ operation: T, what: 'redial attempts 1.5', parameters: task({ additionalFields: { repeatNumber: 1.5 } }), error: /Item 0, field "Redial Attempts"/ },
	{ operation: T, what: 'Additional Body Fields not JSON', parameters: task({ additionalBodyFields: '{"Type": ' }), error: /Item 0, field "Additional Body Fields": is not valid JSON/ },
	{ operation: T, what: 'Additional Body Fields an array', parameters: task({ additionalBodyFields: '[1]' }), error: /Item 0, field "Additional Body Fields": must be a JSON object/ },
	{ operation: T, what: 'Additional Body Fields a string', parameters: task({ additionalBodyFields: '"text"' }), error: /Item 0, field "Additional Body Fields": must be a JSON object/ },
	{ operation: T, what: 'list mode without contacts', parameters: taskList([]), error: /Item 0, field "Contacts": is empty: add at least one contact/ },
	{ operation: T, what: 'list mode phone too short', parameters: taskList([{ phoneNumber: '+62812345' }]), error: /item 0, field "Contacts\[0\]\.Phone Number": .*too short/ },
	{ operation: T, what: 'list mode invalid Variables JSON', parameters: taskList([{ phoneNumber: GOOD[0], variables: '{bad' }]), error: /item 0, field "Contacts\[0\]\.Variables \(JSON\)"/ },
	{ operation: T, what: 'list mode duplicate numbers', parameters: taskList([{ phoneNumber: GOOD[0] }, { phoneNumber: GOOD[0] }]), error: /item 0, field "Contacts\[1\].Phone Number": .*already in this list \(Contacts\[0\]\)/ },
	{ operation: P, what: 'empty plan name', parameters: plan({ planName: '' }), error: /Item 0: required field\(s\) missing: "Plan Name"/ },
	{ operation: P, what: 'plan name of spaces', parameters: plan({ planName: '   ' }), error: /Item 0: required field\(s\) missing: "Plan Name"/ },
	{ operation: P, what: 'empty strategy', parameters: plan({ strategy: byId('') }), error: /Item 0, field "Strategy": is empty/ },
	{ operation: P, what: 'strategy of spaces', parameters: plan({ strategy: byId('  ') }), error: /Item 0, field "Strategy": is empty/ },
	{ operation: P, what: 'phone too short', parameters: plan(), items: phones('+1 555 1234'), error: /item 0, field "phone": .*too short/ },
	{ operation: P, what: 'the same number twice in one plan', parameters: plan(), items: phones(GOOD[1], GOOD[1]), error: /item 1, field "phone": .*already in this list/ },
	{ operation: P, what: 'Additional Body Fields not JSON', parameters: plan({ additionalBodyFields: '{' }), error: /Item 0, field "Additional Body Fields": is not valid JSON/ },
];
