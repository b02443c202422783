// Dev tooling (`npm start` / `npm run demo`); never shipped in the n8n package.
/* eslint-disable no-console, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// `npm start`: sandbox + a real n8n with our package, the demo credential and the examples,
// on http://localhost:5678. `npm run demo`: the same, headless; runs the example once and stops.
import * as fs from 'fs';
import * as path from 'path';

import { startDemoSandbox, type DemoSandbox } from './demo/sandbox-adapter';
import { callbackExamples, prepareDemoInstance, startDemoServer } from './demo/stack';
import { executeWorkflow, findProjectRoot, OWNER, type N8nInstance, type N8nServer } from './n8n-runtime';
import type { DemoExample } from './demo/demo-examples';

const SANDBOX_PORT = 4010;
const N8N_PORT = 5678;

/** `--demo`: every example without one of our triggers runs once through `n8n execute`. */
async function runHeadless(instance: N8nInstance, examples: DemoExample[]): Promise<boolean> {
	let allOk = true;
	for (const example of examples.filter((candidate) => !candidate.published)) {
		console.log(`\n▶ ${example.workflow.name} (${example.file})`);
		const execution = await executeWorkflow(instance, example.workflow.id);
		for (const [node, runs] of Object.entries(execution.run?.data.resultData.runData ?? {})) {
			const items = runs[runs.length - 1]?.data?.main?.[0]?.length ?? 0;
			console.log(`  ${runs[runs.length - 1]?.executionStatus === 'success' ? '✓' : '✗'} ${node}: ${items} item(s)`);
		}
		console.log(execution.ok ? '  result: success' : `  result: FAILED: ${execution.errorMessage}`);
		allOk &&= execution.ok;
	}
	return allOk;
}

/** The example a newcomer runs first: the one that creates a call task (call-debtors.json). */
function firstRun(examples: DemoExample[]): string {
	const createsTask = (node: unknown) => {
		const parameters = (node as { parameters?: Record<string, unknown> }).parameters;
		return parameters?.resource === 'task' && parameters?.operation === 'create';
	};
	const callTask = examples.find((example) => example.workflow.nodes.some(createsTask));
	return (callTask ?? examples[0]).workflow.name;
}

async function runServer(instance: N8nInstance, examples: DemoExample[], sandbox: DemoSandbox): Promise<N8nServer> {
	const server = await startDemoServer(instance, examples, sandbox, N8N_PORT);
	const triggers = callbackExamples(examples);
	console.log(`
n8n is running: open ${server.baseUrl}
  sign in as ${OWNER.email} / ${OWNER.password}
  credential "AIRudder iCall (sandbox)" points at the iCall sandbox on ${sandbox.url}
${examples.map((example) => `  workflow "${example.workflow.name}": ${server.baseUrl}/workflow/${example.workflow.id}${example.published ? ' (published)' : ''}`).join('\n')}

What to click:
  1. Open the workflow "${firstRun(examples)}" and click "Execute workflow":
     it creates a call task in the sandbox and reads the results.
  2. The sandbox then sends its callbacks to ${triggers.map((example) => server.webhookUrl(example.trigger!.webhookPath)).join(', ') || '(no trigger example found)'}
     Open the trigger workflow's "Executions" tab to see them arrive.
n8n's log: ${path.join(instance.userFolder, 'n8n.log')}
Press Ctrl-C to stop n8n and the sandbox.`);
	return server;
}

async function main(): Promise<void> {
	const headless = process.argv.includes('--demo');
	const projectRoot = findProjectRoot();
	fs.mkdirSync(path.join(projectRoot, '.cache'), { recursive: true });

	const sandbox = await startDemoSandbox(SANDBOX_PORT);
	console.log(`iCall sandbox listening on ${sandbox.url}`);
	let server: N8nServer | undefined;
	let stopping = false;
	const stopAll = async (exitCode: number) => {
		if (stopping) return;
		stopping = true;
		await server?.stop();
		await sandbox.close();
		process.exit(exitCode);
	};
	process.on('SIGINT', () => void stopAll(0));
	process.on('SIGTERM', () => void stopAll(0));

	try {
		// Reused between runs (gitignored): the owner login and past executions survive a restart.
		const userFolder = path.join(projectRoot, '.cache', 'n8n-demo');
		const { instance, examples } = await prepareDemoInstance(projectRoot, sandbox, userFolder);
		if (headless) {
			await stopAll((await runHeadless(instance, examples)) ? 0 : 1);
			return;
		}
		server = await runServer(instance, examples, sandbox);
		server.process.on('exit', (code) => {
			if (!stopping) console.error(`n8n exited unexpectedly (code ${code}); see its log`);
			void stopAll(code ?? 1);
		});
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		await stopAll(1);
	}
}

void main();
