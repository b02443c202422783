// Dev tooling (benchmarks); never shipped in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/require-node-api-error */
import * as fs from 'fs';
import * as path from 'path';

import {
	createN8nInstance,
	ensureN8nRuntime,
	findFreePort,
	importCredentials,
	installPackageTarball,
	N8nRestSession,
	removeN8nInstance,
	runN8nCommand,
	startServer,
	type CredentialToImport,
	type N8nInstance,
	type N8nRuntime,
	type N8nServer,
	type WorkflowToImport,
} from '../../../scripts/n8n-runtime';
import { MemoryProbe } from './memory';

/** One running n8n server with our package, its workflows published, and a probe on its memory. */
export interface BenchN8n {
	instance: N8nInstance;
	server: N8nServer;
	session: N8nRestSession;
	memory: MemoryProbe;
	/**
	 * Stops the server and starts it again on the same instance (package, credentials, workflows
	 * and their publication kept) with some variables changed; `undefined` removes one. Saves the
	 * install and the imports (about a minute) when only n8n settings differ between scenarios.
	 */
	restart(env: Record<string, string | undefined>): Promise<BenchN8n>;
	stop(): Promise<void>;
}

export interface BenchN8nOptions {
	runtime: N8nRuntime;
	/** Our packed package (packed once per bench run, installed into every instance). */
	tarball: string;
	credentials: CredentialToImport[];
	workflows: WorkflowToImport[];
	/** Variables to set; `undefined` leaves one unset (as `restart` takes them). */
	env?: Record<string, string | undefined>;
}

/**
 * Adapter: the runtime library imports one workflow per `n8n import:workflow` (one n8n boot,
 * ~5 s, each). The command also takes an array, so a bench with a dozen workflows boots once.
 */
async function importWorkflowsAtOnce(instance: N8nInstance, workflows: WorkflowToImport[]): Promise<void> {
	const file = path.join(instance.userFolder, 'bench-workflows.json');
	fs.writeFileSync(file, JSON.stringify(workflows.map((workflow) => ({ settings: {}, ...workflow, active: false }))));
	const result = await runN8nCommand(instance, ['import:workflow', `--input=${file}`]);
	if (result.exitCode !== 0) throw new Error(`n8n import:workflow failed:\n${result.stdout}\n${result.stderr}`);
}

export async function startBenchN8n(options: BenchN8nOptions): Promise<BenchN8n> {
	// The log level stays at the runtime's `info`: readiness is detected from an info line.
	const instance = withEnvironment(await createN8nInstance(options.runtime), options.env ?? {});
	let server: N8nServer | undefined;
	try {
		await installPackageTarball(instance, options.tarball);
		if (options.credentials.length > 0) await importCredentials(instance, options.credentials);
		await importWorkflowsAtOnce(instance, options.workflows);
		server = await startServer(instance, { port: await findFreePort(), readyTimeoutMs: 180000 });
		const session = await N8nRestSession.open(server.baseUrl);
		for (const workflow of options.workflows) {
			await session.activateWorkflow(workflow.id as string);
			await session.waitForPublished(workflow.id as string);
		}
		return running(instance, server, session, options.workflows);
	} catch (error) {
		// A failed start must not leave a server or a temp instance behind.
		await server?.stop();
		removeN8nInstance(instance);
		throw error;
	}
}

function withEnvironment(instance: N8nInstance, changes: Record<string, string | undefined>): N8nInstance {
	const env = { ...instance.env };
	for (const [name, value] of Object.entries(changes)) {
		if (value === undefined) delete env[name];
		else env[name] = value;
	}
	return { ...instance, env };
}

function running(instance: N8nInstance, server: N8nServer, session: N8nRestSession, workflows: WorkflowToImport[]): BenchN8n {
	const pid = server.process.pid;
	if (pid === undefined) throw new Error('n8n server has no pid');
	return {
		instance,
		server,
		session,
		memory: new MemoryProbe(pid),
		restart: async (changes) => {
			await server.stop();
			const changed = withEnvironment(instance, changes);
			let next: N8nServer | undefined;
			try {
				next = await startServer(changed, { port: await findFreePort(), readyTimeoutMs: 180000 });
				const nextSession = await N8nRestSession.open(next.baseUrl);
				for (const workflow of workflows) await nextSession.waitForPublished(workflow.id as string);
				return running(changed, next, nextSession, workflows);
			} catch (error) {
				await next?.stop();
				removeN8nInstance(instance);
				throw error;
			}
		},
		stop: async () => {
			await server.stop();
			removeN8nInstance(instance);
		},
	};
}

export async function benchRuntime(): Promise<N8nRuntime> {
	return await ensureN8nRuntime();
}
