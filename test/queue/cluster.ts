// Test code never ships: n8n 2.41.1 in queue mode (1 main, 2 workers, 2 webhook processes) on PostgreSQL and Redis.
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions */
import { spawn, type ChildProcess } from 'child_process';

import type { N8nInstance, N8nServer } from '../../scripts/n8n-runtime';
import { createN8nInstance, ensureN8nRuntime, findFreePort, installProjectPackage, startServer } from '../../scripts/n8n-runtime';

export interface N8nProcess {
	name: string;
	port: number;
	output(): string;
	stop(): Promise<void>;
}

export interface QueueCluster {
	instance: N8nInstance;
	main: N8nServer;
	workers: N8nProcess[];
	webhooks: N8nProcess[];
	stop(): Promise<void>;
}

/** What makes an n8n process part of the cluster: the shared database and the Redis queue. */
export function queueEnvironment(postgresPort: number, redisPort: number): Record<string, string> {
	return {
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(postgresPort),
		DB_POSTGRESDB_DATABASE: 'n8n',
		DB_POSTGRESDB_USER: 'n8n',
		DB_POSTGRESDB_PASSWORD: '',
		// n8n's default pool of 2 connections starves its own 2-second health ping under 50 parallel
		// webhooks; the process then answers 503 "Database is not ready!" (seen in this suite).
		DB_POSTGRESDB_POOL_SIZE: '20',
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(redisPort),
		N8N_LOG_LEVEL: 'info',
	};
}

export async function createQueueInstance(postgresPort: number, redisPort: number): Promise<N8nInstance> {
	const instance = await createN8nInstance(await ensureN8nRuntime(), { env: queueEnvironment(postgresPort, redisPort) });
	await installProjectPackage(instance);
	return instance;
}

/** `n8n worker` or `n8n webhook`, each with its own ports, ready when it says so. */
async function startProcess(instance: N8nInstance, command: 'worker' | 'webhook', name: string): Promise<N8nProcess> {
	const port = await findFreePort();
	const args = command === 'worker' ? ['worker', '--concurrency=10'] : ['webhook'];
	const child: ChildProcess = spawn(instance.runtime.nodeExecutable, [instance.runtime.n8nEntry, ...args], {
		cwd: instance.userFolder,
		env: {
			...instance.env,
			N8N_PORT: String(port),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			QUEUE_HEALTH_CHECK_PORT: String(port),
			N8N_RUNNERS_BROKER_PORT: String(await findFreePort()),
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	const collect = (chunk: Buffer) => (output += chunk.toString('utf8'));
	child.stdout?.on('data', collect);
	child.stderr?.on('data', collect);
	const ready = command === 'worker' ? 'n8n worker is now ready' : 'Webhook listener waiting for requests';
	const deadline = Date.now() + 120_000;
	while (!output.includes(ready)) {
		if (child.exitCode !== null) throw new Error(`n8n ${command} exited with ${child.exitCode}:\n${output.slice(-3000)}`);
		if (Date.now() > deadline) throw new Error(`n8n ${command} not ready after 120 s:\n${output.slice(-3000)}`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	return {
		name,
		port,
		output: () => output,
		stop: async () => {
			if (child.exitCode !== null) return;
			const exited = new Promise((resolve) => child.once('exit', resolve));
			child.kill('SIGTERM');
			const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
			await exited;
			clearTimeout(kill);
		},
	};
}

/** Starts main, then the two workers and the two webhook processes (published workflows must exist first). */
export async function startQueueCluster(instance: N8nInstance): Promise<QueueCluster> {
	const main = await startServer(instance, { port: await findFreePort(), readyTimeoutMs: 180_000 });
	const workers = await Promise.all([startProcess(instance, 'worker', 'worker-1'), startProcess(instance, 'worker', 'worker-2')]);
	const webhooks = await Promise.all([startProcess(instance, 'webhook', 'webhook-1'), startProcess(instance, 'webhook', 'webhook-2')]);
	return {
		instance,
		main,
		workers,
		webhooks,
		stop: async () => {
			await Promise.all([...webhooks, ...workers].map(async (process) => await process.stop()));
			await main.stop();
		},
	};
}
