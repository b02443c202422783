// Dev tooling (tests of the iCall sandbox): never ships in the n8n package.
import { callingEndpoints, endpoints, type EndpointId } from '../../sandbox/contract';
import { endpointHandlers } from '../../sandbox/handlers/index';
import { sandboxErrorCodes, startSandbox, type Sandbox } from '../../sandbox/index';
import { TestClient, rawRequest } from './client';

const { taskCreate, taskGet, taskStop, taskGetMany } = endpoints;
const entry = taskCreate.contacts.entry;
const details = taskCreate.fields.contacts.wire;

describe('sandbox: routing and validation', () => {
	let sandbox: Sandbox;
	let client: TestClient;

	beforeAll(async () => {
		sandbox = await startSandbox({ speed: 'manual' });
		client = new TestClient(sandbox);
		await client.login();
	});
	afterAll(() => sandbox.close());

	const validTask = () => ({
		taskName: 'Batch',
		robotId: 'robot-collection-01',
		contacts: [{ number: '+6281200000001' }, { number: '+6281200000002' }],
	});

	it('answers 404 in the envelope for unknown paths and wrong methods', async () => {
		const unknown = await rawRequest(`${sandbox.url}/service/cloud/nothing-here`);
		expect(unknown.status).toBe(404);
		expect(unknown.json).toMatchObject({ code: 404 });
		const wrongMethod = await rawRequest(sandbox.url + taskGetMany.path, { method: 'POST', body: '{}' });
		expect(wrongMethod.status).toBe(404);
		expect(wrongMethod.json?.message).toMatch(/takes GET/);
	});

	it('serves every calling endpoint of the contract (none answers "not modeled")', async () => {
		for (const id of Object.keys(callingEndpoints) as EndpointId[]) {
			const answer = await client.call(id, {});
			expect([id, answer.status]).not.toEqual([id, 404]);
		}
	});

	it('serves every endpoint of the contract (no family is left "not modeled yet")', () => {
		expect(Object.keys(endpoints).filter((id) => !endpointHandlers[id as EndpointId])).toEqual([]);
	});

	it('names the missing field', async () => {
		const withoutName: Record<string, unknown> = validTask();
		delete withoutName.taskName;
		const answer = await client.call('taskCreate', withoutName);
		expect(answer.status).toBe(400);
		expect(answer.json).toEqual({ code: 400, status: 'ParamError', message: `${taskCreate.fields.taskName.wire}: is required` });
	});

	it('rejects wrong types with the field path', async () => {
		const notArray = await client.call('taskCreate', { ...validTask(), contacts: 'x' });
		expect(notArray.json?.message).toMatch(new RegExp(`^${details}: must be an array`));
		const badVariables = await client.call('taskCreate', { ...validTask(), contacts: [{ number: '+6281200000001', variables: { a: { nested: 1 } } }] });
		expect(badVariables.status).toBe(400);
		expect(badVariables.json?.message).toMatch(`${details}[0].a: must be text, a number or a boolean`);
		const empty = await client.call('taskCreate', { ...validTask(), contacts: [] });
		expect(empty.json?.code).toBe(sandboxErrorCodes.contactsEmpty);
		const badTime = await client.call('taskCreate', { ...validTask(), scheduleStartTime: '2024/01/01 10:00' });
		expect(badTime.json?.message).toMatch(new RegExp(`^${taskCreate.fields.scheduleStartTime.wire}: must look like`));
		const spaced = await client.call('taskCreate', { ...validTask(), taskName: 'Two words' });
		expect(spaced.json?.message).toMatch(new RegExp(`^${taskCreate.fields.taskName.wire}: must be at most 30 characters with no spaces`));
		const strangerRobot = await client.call('taskCreate', { ...validTask(), contacts: [{ number: '+6281200000001', robotId: 'robot-nobody' }] });
		expect(strangerRobot.json?.message).toMatch(`${details}[0].${entry.robotId}: unknown robot "robot-nobody"`);
	});

	it("answers the first edition's task body (Callees, Callee, Variables, StartTime) with a vendor-style error", async () => {
		const firstEdition = await client.callWire('taskCreate', {
			TaskName: 'Old_shape',
			RobotID: 'robot-collection-01',
			Type: 'normal',
			Callees: [{ Callee: '+6281200000001', Variables: { name: 'Ani' } }],
			StartTime: '2026-12-01 09:00:00',
		});
		expect(firstEdition.status).toBe(400);
		expect(firstEdition.json).toMatchObject({ code: expect.any(Number), message: `${details}: is required` });
	});

	it('rejects phone numbers that are not E.164, with code 10510 and the entry path', async () => {
		const answer = await client.call('taskCreate', { ...validTask(), contacts: [{ number: '+6281200000001' }, { number: '081234567' }] });
		expect(answer.status).toBe(400);
		expect(answer.json?.code).toBe(10510);
		expect(answer.json?.message).toMatch(`${details}[1].${entry.number}: "081234567" is not an E.164`);
	});

	it('rejects unknown ids with their own codes', async () => {
		const task = await client.call('taskGet', { taskId: 'nope' });
		expect([task.status, task.json?.code, task.json?.message]).toEqual([400, 10506, `${taskGet.fields.taskId.wire}: no task with id "nope"`]);
		const call = await client.call('callGet', { callId: 'nope' });
		expect([call.status, call.json?.code]).toEqual([400, 10609]);
		const plan = await client.call('planGetStatus', { planId: 'nope' });
		expect([plan.status, plan.json?.code]).toEqual([400, sandboxErrorCodes.planNotFound]);
		const robot = await client.call('taskCreate', { ...validTask(), robotId: 'robot-x' });
		expect(robot.json?.code).toBe(sandboxErrorCodes.robotNotFound);
	});

	it('checks constants, page numbers and JSON', async () => {
		const taskId = await client.createTask(['+6281200000009']);
		const action = await client.call('taskStop', { action: 'Pause', taskId });
		expect(action.json?.message).toBe(`${taskStop.fields.action.wire}: must be "Stop", got "Pause"`);
		const page = await client.call('taskGetMany', { page: 0 });
		expect(page.json?.message).toMatch(`${taskGetMany.fields.page.wire}: must be a positive integer`);
		const tooBig = await client.call('taskGetMany', { size: 5000 });
		expect(tooBig.json?.message).toMatch(`${taskGetMany.fields.size.wire}: must be at most 1000`);
		const notJson = await rawRequest(sandbox.url + taskCreate.path, {
			method: 'POST',
			headers: { Authorization: `Token ${client.token}` },
			body: '{not json',
		});
		expect(notJson.status).toBe(400);
		expect(notJson.json?.message).toMatch(/^body: not valid JSON/);
	});

	it('accepts unknown extra fields and records them in the log', async () => {
		const answer = await client.call('taskCreate', { ...validTask(), CallbackTag: 'x', Priority: 3 });
		expect(answer.status).toBe(200);
		const logged = sandbox.log.last('taskCreate');
		expect(logged?.unknownFields).toEqual(['CallbackTag', 'Priority']);
		expect(logged?.body).toMatchObject({ CallbackTag: 'x', [taskCreate.fields.taskName.wire]: 'Batch' });
		expect(logged?.headers.authorization).toBe(`Token ${client.token}`);
		expect([logged?.status, logged?.code]).toEqual([200, 200]);
	});
});
