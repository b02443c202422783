// Dev tooling (e2e tests, `npm start`); never shipped in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions */
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';

import type { N8nInstance } from './instance';
import { sleep } from './process-utils';

export interface N8nServer {
	/** http://localhost:<port> (no trailing slash). */
	baseUrl: string;
	port: number;
	process: ChildProcess;
	/** Everything the server printed so far (stdout and stderr interleaved); for diagnostics. */
	output(): string;
	/** Production webhook URL of a webhook node path: `<baseUrl>/webhook/<path>`. */
	webhookUrl(path: string): string;
	/** Stops n8n (SIGTERM, then SIGKILL after a grace period) and waits for it to exit. */
	stop(): Promise<void>;
}

export interface StartServerOptions {
	port: number;
	/** How long to wait for "Editor is now accessible" (first boot runs all db migrations). */
	readyTimeoutMs?: number;
	/** Mirror the server's output to our stderr. */
	echoOutput?: boolean;
	/** Also append the server's output to this file (used by `npm start`). */
	logFile?: string;
}

const READY_LINE = 'Editor is now accessible via';

/**
 * `n8n start` in the background. Ready means n8n printed "Editor is now accessible via", which
 * it does after the HTTP server listens and the startup activation of published workflows has
 * begun. With 2.x's workflow publication service the activation finishes asynchronously; use
 * `N8nRestSession.waitForPublished` before sending webhooks.
 */
export async function startServer(instance: N8nInstance, options: StartServerOptions): Promise<N8nServer> {
	const { port } = options;
	const baseUrl = `http://localhost:${port}`;
	const child = spawn(instance.runtime.nodeExecutable, [instance.runtime.n8nEntry, 'start'], {
		cwd: instance.userFolder,
		env: {
			...instance.env,
			N8N_PORT: String(port),
			N8N_HOST: 'localhost',
			N8N_PROTOCOL: 'http',
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			WEBHOOK_URL: instance.env.WEBHOOK_URL ?? `${baseUrl}/`,
			N8N_EDITOR_BASE_URL: `${baseUrl}/`,
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	});

	let output = '';
	let exited: number | null | undefined;
	const logStream = options.logFile ? fs.createWriteStream(options.logFile, { flags: 'a' }) : undefined;
	const onData = (chunk: Buffer) => {
		output += chunk.toString('utf8');
		if (options.echoOutput) process.stderr.write(chunk);
		logStream?.write(chunk);
	};
	child.stdout?.on('data', onData);
	child.stderr?.on('data', onData);
	const exitPromise = new Promise<void>((resolve) => {
		child.on('exit', (code) => {
			exited = code;
			logStream?.end();
			resolve();
		});
	});

	const server: N8nServer = {
		baseUrl,
		port,
		process: child,
		output: () => output,
		webhookUrl: (path) => `${baseUrl}/webhook/${path.replace(/^\//, '')}`,
		stop: async () => {
			if (exited !== undefined) return;
			child.kill('SIGTERM');
			const killTimer = setTimeout(() => child.kill('SIGKILL'), 15000);
			await exitPromise;
			clearTimeout(killTimer);
		},
	};

	const deadline = Date.now() + (options.readyTimeoutMs ?? 120000);
	while (!output.includes(READY_LINE)) {
		if (exited !== undefined) {
			throw new Error(`n8n start exited with ${exited} before it was ready:\n${output.slice(-3000)}`);
		}
		if (Date.now() > deadline) {
			await server.stop();
			throw new Error(`n8n start was not ready after ${options.readyTimeoutMs ?? 120000} ms:\n${output.slice(-3000)}`);
		}
		await sleep(250);
	}
	return server;
}
