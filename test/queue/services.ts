// Test code never ships: PostgreSQL and Redis from Debian's packages, started on loopback for the queue-mode suite.
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions */
import { execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { findFreePort } from '../../scripts/n8n-runtime';

export interface Service {
	port: number;
	stop(): Promise<void>;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** PostgreSQL refuses to run as root: as root (CI), its commands run as Debian's `postgres` user. */
function runAsPostgres(command: string, args: string[]): string {
	const [file, fullArgs] = isRoot() ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
	return execFileSync(file, fullArgs as string[], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function postgresBinDir(): string {
	const root = '/usr/lib/postgresql';
	const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
	if (versions.length === 0) throw new Error('PostgreSQL is not installed: apt-get install postgresql (see README "Running at scale")');
	return path.join(root, versions[0], 'bin');
}

/** A throwaway cluster (trust auth, user n8n, database n8n), fsync off: it only lives for the suite. */
export async function startPostgres(): Promise<Service & { database: string; user: string }> {
	const bin = postgresBinDir();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'queue-pg-'));
	if (isRoot()) execFileSync('chown', ['postgres:postgres', dir]);
	const port = await findFreePort();
	runAsPostgres(path.join(bin, 'initdb'), ['-D', path.join(dir, 'data'), '-U', 'n8n', '--auth=trust', '--no-sync']);
	const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c max_connections=300`;
	runAsPostgres(path.join(bin, 'pg_ctl'), ['-D', path.join(dir, 'data'), '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']);
	execFileSync('psql', ['-h', '127.0.0.1', '-p', String(port), '-U', 'n8n', '-d', 'postgres', '-c', 'CREATE DATABASE n8n']);
	return {
		port,
		database: 'n8n',
		user: 'n8n',
		stop: async () => {
			runAsPostgres(path.join(bin, 'pg_ctl'), ['-D', path.join(dir, 'data'), '-m', 'immediate', 'stop']);
			fs.rmSync(dir, { recursive: true, force: true });
		},
	};
}

/** Runs SQL against the suite's database and returns the rows as tab-separated lines. */
export function sql(port: number, query: string): string[] {
	const out = execFileSync('psql', ['-h', '127.0.0.1', '-p', String(port), '-U', 'n8n', '-d', 'n8n', '-At', '-F', '\t', '-c', query], { encoding: 'utf8' });
	return out.split('\n').filter((line) => line !== '');
}

export async function startRedis(): Promise<Service> {
	const port = await findFreePort();
	const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const deadline = Date.now() + 20_000;
	while (!output.includes('Ready to accept connections')) {
		if (child.exitCode !== null || Date.now() > deadline) throw new Error(`redis-server did not start:\n${output}`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return {
		port,
		stop: async () => {
			child.kill('SIGTERM');
			await new Promise((resolve) => child.once('exit', resolve));
		},
	};
}
