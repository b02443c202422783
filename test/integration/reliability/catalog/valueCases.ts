// Test code never ships: malformed values (impossible dates, objects from expressions, values JSON cannot carry).
// They are kept apart from malformedInputs until RELIABILITY.md is regenerated (`npm run reliability`) with them.
import type { INodeParameters } from 'n8n-workflow';

import type { MalformedInput } from './types';
import { byId, GOOD } from './types';

const endTime = '2030-05-01T10:00:00Z';
const workflowCreate = (extra: INodeParameters = {}) => () => ({
	resource: 'workflow',
	operation: 'create',
	template: byId('101'),
	name: 'Wave',
	endTime,
	calleesSource: 'items',
	phoneField: 'phone',
	...extra,
});
const findByContact = (startTime: string, end: string) => () => ({ resource: 'workflow', operation: 'findByContact', callee: GOOD[0], startTime, endTime: end });
const task = (extra: INodeParameters = {}) => () => ({
	resource: 'task',
	operation: 'create',
	taskName: 'catalog',
	robot: byId('robot-collection-01'),
	calleesSource: 'items',
	phoneField: 'phone',
	...extra,
});

const WC = 'Workflow: Create';
const FC = 'Workflow: Find by Contact';
const T = 'Task: Create';

export const valueCases: MalformedInput[] = [
	{ operation: WC, what: 'End Time on 31 February', parameters: workflowCreate({ endTime: '2030-02-31T10:00:00' }), error: /Item 0, field "End Time": "2030-02-31T10:00:00" is not a real date and time/ },
	{ operation: WC, what: 'End Time at 25:61', parameters: workflowCreate({ endTime: '2030-01-01T25:61:00' }), error: /Item 0, field "End Time": .*not a real date/ },
	{ operation: WC, what: 'End Time offset +99:99', parameters: workflowCreate({ endTime: '2030-01-01T10:00:00+99:99' }), error: /Item 0, field "End Time": .*not a real date/ },
	{ operation: WC, what: 'End Time offset beyond +14:00', parameters: workflowCreate({ endTime: '2030-01-01T10:00:00+14:30' }), error: /Item 0, field "End Time": .*not a real date/ },
	{ operation: FC, what: 'Added After on 30 February', parameters: findByContact('2026-02-30T00:00:00', '2026-03-05T00:00:00'), error: /Item 0, field "Added After": .*not a real date/ },
	{ operation: FC, what: 'Added After after Added Before', parameters: findByContact('2026-03-02T00:00:00Z', '2026-03-01T00:00:00Z'), error: /Item 0, field "Added Before": 2026-03-01 08:00:00\+08:00 is not after Added After 2026-03-02 08:00:00\+08:00/ },
	{ operation: FC, what: 'Added After equal to Added Before', parameters: findByContact('2026-03-01T00:00:00Z', '2026-03-01T08:00:00+08:00'), error: /Item 0, field "Added Before": .*is not after Added After/ },
	{ operation: T, what: 'Redial Attempts true', parameters: task({ additionalFields: { repeatNumber: '={{ true }}' } }), error: /Item 0, field "Redial Attempts": must be a whole number of at least 0, got true/ },
	{ operation: T, what: 'Redial Attempts blank text', parameters: task({ additionalFields: { repeatNumber: '={{ " " }}' } }), error: /Item 0, field "Redial Attempts": must be a whole number of at least 0, got " "/ },
];
