// Test code never ships: values from expressions and input items go out as AIRudder expects them (text as text, dates as dates, numbers dialled right).
/* eslint-disable @typescript-eslint/no-explicit-any */
import { DateTime } from 'luxon';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { ICallFixture } from './icallFixture';
import { byId, startFixture } from './icallFixture';

let fx: ICallFixture;
const epochMs = Date.now();

beforeAll(async () => {
	fx = await startFixture({ epochMs });
});
afterAll(async () => await fx.sandbox.close());

const robot = byId('robot-collection-01');
const PHONE = '+6281200000101';
const task = (taskName: string, extra: IDataObject = {}) => ({ resource: 'task', operation: 'create', taskName, robot, contactsSource: 'items', phoneNumberField: 'phone', ...extra });
const lastBody = (id: 'taskCreate' | 'planCreate' | 'workflowCreate') => fx.sandbox.log.last(id)!.body as Record<string, any>;
const items = (...json: IDataObject[]): INodeExecutionData[] => json.map((entry) => ({ json: entry }));

/** The wall time an instant shows in the n8n workflow's zone (n8n's default unless GENERIC_TIMEZONE says otherwise). */
function wallTime(instant: Date): string {
	// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals
	const zone = process.env.GENERIC_TIMEZONE ?? 'America/New_York';
	return new Intl.DateTimeFormat('sv-SE', { timeZone: zone, dateStyle: 'short', timeStyle: 'medium' }).format(instant);
}

describe('phone numbers', () => {
	it('drops a "(0)" trunk prefix after the country code instead of dialling it', async () => {
		await fx.run(task('Trunk_zero', { variablesFrom: 'none' }), items({ phone: '+44 (0)20 7946 0958' }, { phone: '+62 (0)812 0000 0410' }));
		expect(lastBody('taskCreate').Details).toEqual([{ Mobile: '+442079460958' }, { Mobile: '+6281200000410' }]);
	});
});

describe('names', () => {
	it('sends a workflow name from an expression as trimmed text, never as a JSON number', async () => {
		const create = { resource: 'workflow', operation: 'create', template: byId('101'), endTime: new Date(epochMs + 86_400_000).toISOString(), contactsSource: 'items', phoneNumberField: 'phone', variablesFrom: 'none' };
		await fx.run({ ...create, name: '={{ $json.n }}' }, items({ phone: PHONE, n: 123 }));
		expect(lastBody('workflowCreate').name).toBe('123');
		await fx.run({ ...create, name: '  Wave A  ' }, items({ phone: PHONE }));
		expect(lastBody('workflowCreate').name).toBe('Wave A');
	});

	it('sends a plan name from an expression as trimmed text', async () => {
		const create = { resource: 'plan', operation: 'create', strategy: byId('strategy-two-rounds'), contactsSource: 'items', phoneNumberField: 'phone', variablesFrom: 'none' };
		await fx.run({ ...create, planName: '={{ 42 }}' }, items({ phone: PHONE }));
		expect(lastBody('planCreate').PlanName).toBe('42');
		await fx.run({ ...create, planName: '  Plan A  ' }, items({ phone: PHONE }));
		expect(lastBody('planCreate').PlanName).toBe('Plan A');
	});

	it('replaces invisible spaces in a task name too when Replace Spaces is on', async () => {
		await fx.run(task('morning\u200Brun\u2060 two', { additionalFields: { replaceSpacesInName: true } }), items({ phone: PHONE }));
		expect(lastBody('taskCreate').TaskName).toBe('morning_run_two');
	});
});

describe('contact fields', () => {
	it('sends dates among the variables as ISO text, without JSON quotes', async () => {
		const due = new Date(Date.UTC(2026, 0, 1));
		const luxon = DateTime.fromISO('2026-01-01T09:00:00+07:00', { setZone: true });
		await fx.run(task('Dated_variables'), items({ phone: PHONE, due: due as any, reminder: luxon as any, note: { a: 1 } }));
		expect(lastBody('taskCreate').Details).toEqual([{ Mobile: PHONE, due: '2026-01-01T00:00:00.000Z', reminder: '2026-01-01T09:00:00.000+07:00', note: '{"a":1}' }]);
	});

	it('sends a case ID given as a number as text', async () => {
		await fx.run(task('Numeric_ids', { caseIdField: 'loanId', variablesFrom: 'none' }), items({ phone: PHONE, loanId: 1001 }));
		expect(lastBody('taskCreate').Details).toEqual([{ Mobile: PHONE, CaseID: '1001' }]);
	});

	it('reads a phone field whose key itself holds a dot, and does not send it again as a variable', async () => {
		await fx.run(task('Dotted_key', { phoneNumberField: 'contact.phone' }), items({ 'contact.phone': PHONE, name: 'Ani' }));
		expect(lastBody('taskCreate').Details).toEqual([{ Mobile: PHONE, name: 'Ani' }]);
		await fx.run(task('Dotted_path', { phoneNumberField: 'contact.phone' }), items({ contact: { phone: PHONE } }));
		expect(lastBody('taskCreate').Details[0].Mobile).toBe(PHONE);
	});

	it('lets a workflow contact carry input fields named case_id or variables: its variables are nested, so nothing is overwritten', async () => {
		const endTime = new Date(epochMs + 86_400_000).toISOString();
		await fx.run(
			{ resource: 'workflow', operation: 'create', template: byId('101'), name: 'Nested', endTime, contactsSource: 'items', phoneNumberField: 'phone', caseIdField: 'loanId' },
			items({ phone: PHONE, loanId: 'L1', case_id: 'old', variables: 'v' }),
		);
		expect(lastBody('workflowCreate').details).toEqual([{ callee: PHONE, case_id: 'L1', variables: { case_id: 'old', variables: 'v' } }]);
	});
});

describe('task call window and redials', () => {
	it('takes a JS Date or a Luxon DateTime from an expression as the call window', async () => {
		const start = new Date(Date.UTC(2026, 5, 1, 12));
		await fx.run(
			task('Dated_window', {
				additionalFields: {
					startTime: `={{ new Date(${start.getTime()}) }}`,
					endTime: "={{ DateTime.fromISO('2026-06-02T09:30:00', { zone: 'Asia/Jakarta' }) }}",
					repeatNumber: '={{ "2" }}',
				},
			}),
			items({ phone: PHONE }),
		);
		const body = lastBody('taskCreate');
		expect(body.ScheduleStartTime).toBe(wallTime(start));
		expect(body.ScheduleEndTime).toBe('2026-06-02 09:30:00');
		expect(body.RepeatNumber).toBe(2);
	});
});

describe('workflow times', () => {
	it('finds workflows in a range that is in the right order', async () => {
		await fx.run({ resource: 'workflow', operation: 'findByContact', callee: PHONE, startTime: '2026-03-01T00:00:00Z', endTime: '2026-03-02T00:00:00Z', returnAll: true });
		expect(fx.sandbox.log.last('workflowFindByContact')!.body).toMatchObject({ start_time: '2026-03-01 08:00:00+08:00', end_time: '2026-03-02 08:00:00+08:00' });
	});
});
