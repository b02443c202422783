// Test code never ships. The package in n8n's real editor, in a real Chromium: against what
// `npm start` runs (the iCall sandbox and n8n 2.41.1 with our package, the demo credential and the
// examples), a user signs in, opens the example, picks a robot, tests the credential, executes the
// workflow and reads the trigger's production URL. Screenshots land in artifacts/browser/.
// Run with `npm run test:browser` (needs /usr/bin/chromium; .ci/run installs it).
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { startDemoStack, type DemoStack } from '../../scripts/demo/stack';
import { findFreePort, findProjectRoot, OWNER } from '../../scripts/n8n-runtime';
import { launchChromium, type ConsoleEntry, type EditorBrowser } from './chromium';
import { N8nEditor } from './n8nEditor';

const projectRoot = findProjectRoot();
export const ARTIFACTS_DIR = path.join(projectRoot, 'artifacts', 'browser');
const ACTION_NODE = 'n8n-nodes-airudder.iCall';
const TRIGGER_NODE = 'n8n-nodes-airudder.iCallTrigger';
/** What makes a console error ours: it names the package, the nodes or the credential, or comes from their requests. */
const OUR_PROBLEM = /airudder|icall|\/rest\/dynamic-node-parameters|\/rest\/credentials\/test/i;

interface ExampleNode {
	name: string;
	type: string;
	parameters: { resource?: string; operation?: string };
}

function isOurs(problem: ConsoleEntry): boolean {
	return OUR_PROBLEM.test(problem.text) || OUR_PROBLEM.test(problem.url);
}

describe('the package in the n8n editor (Chromium)', () => {
	const startedAt = Date.now();
	let browserStartedAt = 0;
	let stack: DemoStack;
	let browser: EditorBrowser;
	let editor: N8nEditor;
	let taskExample: { workflowId: string; createNode: string };
	let triggerExample: { workflowId: string; triggerNode: string; webhookPath: string };

	const shot = async (name: string) => await editor.screenshot(path.join(ARTIFACTS_DIR, `${name}.png`));

	beforeAll(async () => {
		fs.rmSync(ARTIFACTS_DIR, { recursive: true, force: true });
		fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
		stack = await startDemoStack({
			projectRoot,
			sandboxPort: await findFreePort(),
			n8nPort: await findFreePort(),
			userFolder: fs.mkdtempSync(path.join(os.tmpdir(), 'airudder-browser-n8n-')),
		});
		// Found by what the nodes do, not by their names, which the examples may change.
		for (const example of stack.examples) {
			const nodes = example.workflow.nodes as ExampleNode[];
			const create = nodes.find((node) => node.type === ACTION_NODE && node.parameters.resource === 'task' && node.parameters.operation === 'create');
			const trigger = nodes.find((node) => node.type === TRIGGER_NODE);
			if (create && !example.trigger) taskExample ??= { workflowId: example.workflow.id, createNode: create.name };
			if (trigger && example.trigger) {
				triggerExample ??= { workflowId: example.workflow.id, triggerNode: trigger.name, webhookPath: example.trigger.webhookPath };
			}
		}
		if (!taskExample || !triggerExample) throw new Error('examples/ needs a workflow with Task: Create and one with the trigger');
		browserStartedAt = Date.now();
		browser = await launchChromium();
		editor = new N8nEditor(browser.page, stack.server.baseUrl);
	}, 15 * 60 * 1000);

	afterAll(async () => {
		const finishedAt = Date.now();
		await browser?.close();
		fs.writeFileSync(path.join(ARTIFACTS_DIR, 'console.json'), `${JSON.stringify(browser?.problems ?? [], null, 2)}\n`);
		const timing = {
			totalSeconds: (finishedAt - startedAt) / 1000,
			stackStartSeconds: browserStartedAt ? (browserStartedAt - startedAt) / 1000 : null,
			browserStepsSeconds: browserStartedAt ? (finishedAt - browserStartedAt) / 1000 : null,
		};
		fs.writeFileSync(path.join(ARTIFACTS_DIR, 'timing.json'), `${JSON.stringify(timing, null, 2)}\n`);
		process.stdout.write(`browser test timing: ${JSON.stringify(timing)}\n`);
		await stack?.stop();
		if (stack) fs.rmSync(stack.instance.userFolder, { recursive: true, force: true });
	}, 120000);

	it('signs in', async () => {
		await editor.signIn(OWNER.email, OWNER.password);
		await shot('01-signed-in');
	}, 60000);

	it('opens the example workflow', async () => {
		await editor.openWorkflow(taskExample.workflowId);
		await editor.canvasNode(taskExample.createNode).waitFor();
		await shot('02-example-workflow');
	}, 60000);

	it("lists the sandbox's robots in Task: Create's Robot picker", async () => {
		await editor.openNode(taskExample.createNode);
		const entries = await editor.resourceLocatorEntries('robot');
		const shown = await entries.allTextContents();
		await shot('03-task-create-robot-picker');
		for (const robot of stack.sandbox.robotNames()) expect(shown.join('\n')).toContain(robot);
		// Leaves the node with a robot chosen from the list, as a user would.
		await entries.first().click();
	}, 60000);

	it('runs the credential test and sees it succeed', async () => {
		const { dialog, test: onOpening } = await editor.openCredential();
		expect(onOpening.ok()).toBe(true);
		const retest = await editor.retestCredential(dialog);
		expect(((await retest.json()) as { data?: { status?: string } }).data?.status).toBe('OK');
		await editor.credentialTestSuccess(dialog).waitFor();
		await shot('04-credential-test');
		await editor.closeCredential();
		await editor.closeNode();
	}, 60000);

	it('executes the workflow from the editor and shows the created task in the output panel', async () => {
		const before = new Set(stack.sandbox.taskIds());
		await editor.executeWorkflow(120000);
		const created = stack.sandbox.taskIds().filter((taskId) => !before.has(taskId));
		expect(created.length).toBeGreaterThan(0);
		await editor.openNode(taskExample.createNode);
		const output = editor.outputPanel();
		await output.getByText(created[0]).first().waitFor();
		await shot('05-task-create-output');
		const shown = (await output.textContent()) ?? '';
		for (const taskId of created) expect(shown).toContain(taskId);
		await editor.closeNode();
	}, 180000);

	it("shows the trigger's production webhook URL", async () => {
		await editor.openWorkflow(triggerExample.workflowId);
		await editor.openNode(triggerExample.triggerNode);
		const url = await editor.productionWebhookUrl();
		await shot('06-trigger-production-url');
		expect(url).toBe(stack.server.webhookUrl(triggerExample.webhookPath));
	}, 60000);

	it('logs no console error that our nodes cause', () => {
		expect(browser.problems.filter(isOurs)).toEqual([]);
	});
});
