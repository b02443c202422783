// Test code never ships: the polling trigger against the sandbox, through n8n-core's PollContext.
import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { ICallPollTrigger } from '../../nodes/ICall/ICallPollTrigger.node';
import type { SandboxOptions } from '../../sandbox';
import { activatePolling } from '../harness';
import type { Polling } from '../harness';
import { TestClient } from '../sandbox/client';
import type { ICallFixture } from './icallFixture';
import { startFixture } from './icallFixture';

export const EVERY_MINUTE = { item: [{ mode: 'everyMinute' }] };
export const MINUTE = 60_000;

export interface PollFixture extends ICallFixture {
	client: TestClient;
	/** A new activation: from saved static data after a restart, or afresh. */
	activate(parameters: INodeParameters, staticData?: IDataObject, mode?: 'trigger' | 'manual'): Promise<Polling>;
}

export async function startPollFixture(options: SandboxOptions = {}): Promise<PollFixture> {
	const fixture = await startFixture(options);
	const client = new TestClient(fixture.sandbox);
	await client.login();
	return {
		...fixture,
		client,
		activate: async (parameters, staticData, mode) =>
			await activatePolling({
				nodeType: new ICallPollTrigger(),
				parameters: { pollTimes: EVERY_MINUTE, ...parameters },
				credentialsHelper: fixture.credentials,
				staticData,
				mode,
			}),
	};
}

export function itemsOf(output: INodeExecutionData[][] | null): IDataObject[] {
	return (output?.[0] ?? []).map((item) => item.json);
}

/** The size of the static data as n8n stores it. */
export function storedBytes(staticData: IDataObject): number {
	return Buffer.byteLength(JSON.stringify(staticData), 'utf8');
}

const PAGE = 100;

/**
 * The fewest requests one poll can make for call.finished: the task list, plus every page of each
 * task still running or just finished (new rows may sit on any page).
 */
export function idealPollRequests(fx: PollFixture, taskIds: string[]): number {
	const { state, clock } = fx.sandbox;
	const pagesOf = (taskId: string) => Math.max(1, Math.ceil(state.calls(taskId).filter((call) => call.phase === 'ended').length / PAGE));
	const watched = taskIds.filter((id) => state.task(id)?.status === 'Running' || state.task(id)!.endedAt! > clock.now() - MINUTE);
	return 1 + watched.reduce((sum, id) => sum + pagesOf(id), 0);
}

/** Task reads the sandbox has answered so far: a poll's requests are the difference. */
export function taskReads(fx: PollFixture): number {
	return fx.sandbox.log.count('taskGet') + fx.sandbox.log.count('taskGetMany');
}
