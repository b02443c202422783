// Dev tooling (benchmarks); never shipped in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports */
import { endpoints } from '../../../sandbox/contract';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../../sandbox/index';
import { TestClient, phoneNumbers } from '../../sandbox/client';
import * as http from 'http';

/** Every request to the iCall stand-in waits this long: the round trip of a real cloud API. */
export const INJECTED_LATENCY_MS = 50;

export interface PreparedSandbox {
	sandbox: Sandbox;
	/** A finished task whose calls were all answered and recorded. */
	taskId: string;
}

/**
 * A sandbox on a manual clock (tasks the bench creates never start dialling, so nothing runs in
 * the background) with one finished task for the read scenarios. The latency is switched on
 * after the set-up, and the set-up's own login is not counted: scenarios read counter deltas.
 */
export async function prepareSandbox(callees: number, options: SandboxOptions = {}): Promise<PreparedSandbox> {
	const numbers = phoneNumbers(callees, '+62813');
	const sandbox = await startSandbox({
		speed: 'manual',
		outcomes: Object.fromEntries(numbers.map((number) => [number, 'answered' as const])),
		...options,
	});
	const client = new TestClient(sandbox);
	const login = await client.login();
	if (login.status !== 200) throw new Error(`sandbox login failed: HTTP ${login.status}`);
	const taskId = await client.createTask(numbers, 'Bench_fixture');
	await sandbox.clock.runUntilIdle();
	sandbox.faults.set({ latencyMs: INJECTED_LATENCY_MS });
	return { sandbox, taskId };
}

export interface TaskZip {
	/** The pre-signed download link the API answers with. */
	url: string;
	bytes: number;
}

/** The task's recordings ZIP as the sandbox serves it (size read from Content-Length). */
export async function taskZip(prepared: PreparedSandbox): Promise<TaskZip> {
	const client = new TestClient(prepared.sandbox);
	await client.login();
	const data = (await client.data('recordingGetTask', { taskId: prepared.taskId })) as Record<string, string>;
	const url = data[endpoints.recordingGetTask.result?.recordingUrl ?? ''];
	return await new Promise((resolve, reject) => {
		const request = http.get(url, (response) => {
			const length = Number(response.headers['content-length']);
			response.destroy();
			if (!(length > 0)) reject(new Error(`no Content-Length for ${url}`));
			else resolve({ url, bytes: length });
		});
		request.on('error', reject);
	});
}
