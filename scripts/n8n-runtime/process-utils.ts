// Dev tooling (e2e tests, `npm start`); never shipped in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions */
import { spawn } from 'child_process';
import * as net from 'net';

export interface ProcessResult {
	/** -1 when the process was ended by a signal (see `signal`). */
	exitCode: number;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
}

export interface RunOptions {
	cwd?: string;
	env?: NodeJS.ProcessEnv;
	/** Kill the process after this many milliseconds (the result then has exit code -1). */
	timeoutMs?: number;
}

/** Runs a program to completion and captures its output; never throws on a non-zero exit. */
export async function runProcess(
	command: string,
	args: string[],
	options: RunOptions = {},
): Promise<ProcessResult> {
	return await new Promise((resolve, reject) => {
		const child = spawn(command, args, {
			cwd: options.cwd,
			env: options.env ?? process.env,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		const stdout: Buffer[] = [];
		const stderr: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
		const timer =
			options.timeoutMs === undefined
				? undefined
				: setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
		child.on('error', (error) => {
			if (timer) clearTimeout(timer);
			reject(error);
		});
		child.on('close', (code, signal) => {
			if (timer) clearTimeout(timer);
			resolve({
				exitCode: code ?? -1,
				signal,
				stdout: Buffer.concat(stdout).toString('utf8'),
				stderr: Buffer.concat(stderr).toString('utf8'),
			});
		});
	});
}

/** Like runProcess, but a non-zero exit becomes an error that carries the tail of the output. */
export async function runProcessOrThrow(
	command: string,
	args: string[],
	options: RunOptions = {},
): Promise<ProcessResult> {
	const result = await runProcess(command, args, options);
	if (result.exitCode !== 0) {
		const tail = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-40).join('\n');
		throw new Error(`${command} ${args.join(' ')} exited with ${result.exitCode}:\n${tail}`);
	}
	return result;
}

export async function sleep(ms: number): Promise<void> {
	await new Promise((resolve) => setTimeout(resolve, ms));
}

/** Asks the OS for a port that is free right now (there is a small race until it is used). */
export async function findFreePort(): Promise<number> {
	return await new Promise((resolve, reject) => {
		const server = net.createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

/** Progress lines go to stderr so they never mix with machine-readable stdout. */
export function logProgress(message: string): void {
	if (process.env.N8N_RUNTIME_QUIET === 'true') return;
	process.stderr.write(`[n8n-runtime] ${message}\n`);
}
