// Dev tooling (`npm start`, the browser test); never shipped in the n8n package.
// The running demo: the iCall sandbox, and a real n8n with our package, the demo credential and
// the example workflows (published when they start from our trigger, so callbacks reach them).
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/require-node-api-error */
import * as path from 'path';

import {
	createN8nInstance,
	ensureN8nRuntime,
	importCredentials,
	importWorkflow,
	installProjectPackage,
	N8nRestSession,
	publishWorkflow,
	startServer,
	type N8nInstance,
	type N8nServer,
} from '../n8n-runtime';
import { demoCredentials, loadExamples, type DemoExample } from './demo-examples';
import { startDemoSandbox, type DemoSandbox } from './sandbox-adapter';

export async function prepareDemoInstance(projectRoot: string, sandbox: DemoSandbox, userFolder: string) {
	const runtime = await ensureN8nRuntime();
	const instance = await createN8nInstance(runtime, { userFolder });
	await installProjectPackage(instance, projectRoot);
	await importCredentials(instance, demoCredentials(sandbox.url));
	const examples = loadExamples(projectRoot);
	for (const example of examples) {
		await importWorkflow(instance, example.workflow);
		if (example.published) await publishWorkflow(instance, example.workflow.id);
	}
	return { instance, examples };
}

/** The sandbox posts to one URL, like AIRudder: the first trigger example (the calling one) gets them. */
export function callbackExamples(examples: DemoExample[]): DemoExample[] {
	return examples.filter((example) => example.trigger).slice(0, 1);
}

/** Starts n8n, waits until the trigger examples are published and points the sandbox's callbacks at one. */
export async function startDemoServer(
	instance: N8nInstance,
	examples: DemoExample[],
	sandbox: DemoSandbox,
	port: number,
): Promise<N8nServer> {
	const server = await startServer(instance, { port, logFile: path.join(instance.userFolder, 'n8n.log') });
	const session = await N8nRestSession.open(server.baseUrl);
	for (const example of examples.filter((candidate) => candidate.published)) await session.waitForPublished(example.workflow.id);
	for (const example of callbackExamples(examples)) {
		sandbox.sendCallbacksTo(server.webhookUrl(example.trigger!.webhookPath), example.trigger!.token);
	}
	return server;
}

export interface DemoStack {
	sandbox: DemoSandbox;
	instance: N8nInstance;
	examples: DemoExample[];
	server: N8nServer;
	stop(): Promise<void>;
}

/** What `npm start` runs, on the ports and in the n8n user folder given. */
export async function startDemoStack(options: {
	projectRoot: string;
	sandboxPort: number;
	n8nPort: number;
	userFolder: string;
}): Promise<DemoStack> {
	const sandbox = await startDemoSandbox(options.sandboxPort);
	try {
		const { instance, examples } = await prepareDemoInstance(options.projectRoot, sandbox, options.userFolder);
		const server = await startDemoServer(instance, examples, sandbox, options.n8nPort);
		return {
			sandbox,
			instance,
			examples,
			server,
			stop: async () => {
				await server.stop();
				await sandbox.close();
			},
		};
	} catch (error) {
		// The sandbox would keep the process alive after a failed start.
		await sandbox.close();
		throw error;
	}
}
