// Test code never ships: values from expressions and input items go out as AIRudder expects them (text as text, dates as dates, numbers dialled right).
/* eslint-disable @typescript-eslint/no-explicit-any */
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
const task = (taskName: string, extra: IDataObject = {}) => ({ resource: 'task', operation: 'create', taskName, robot, calleesSource: 'items', phoneField: 'phone', ...extra });
const lastBody = (id: 'taskCreate' | 'planCreate' | 'workflowCreate') => fx.sandbox.log.last(id)!.body as Record<string, any>;
const items = (...json: IDataObject[]): INodeExecutionData[] => json.map((entry) => ({ json: entry }));

/** The wall time an instant shows in the n8n workflow's zone (n8n's default unless GENERIC_TIMEZONE says otherwise). */
function wallTime(instant: Date): string {
	// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals
	const zone = process.env.GENERIC_TIMEZONE ?? 'America/New_York';
	return new Intl.DateTimeFormat('sv-SE', { timeZone: zone, dateStyle: 'short', timeStyle: 'medium' }).format(instant);
}

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
