// Dev tooling (`npm start` / `npm run demo`); never shipped in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports */
import * as fs from 'fs';
import * as path from 'path';

import { demoAccount } from '../../sandbox/auth';
import type { CredentialToImport, WorkflowToImport } from '../n8n-runtime';

export const DEMO_CREDENTIAL_ID = 'icallSandboxCred';
export const DEMO_CALLBACK_CREDENTIAL_ID = 'icallCallbackCred';
/** The Callback Token of the demo's AIRudder iCall Callback API credential (the examples require it). */
export const DEMO_CALLBACK_TOKEN = 'demo-callback-token';
const TRIGGER_TYPE = 'n8n-nodes-airudder.iCallTrigger';
const POLL_TRIGGER_TYPE = 'n8n-nodes-airudder.iCallPollTrigger';

/**
 * The credentials the examples reference: the API credential pointing at the local sandbox (demo
 * account), and the trigger's callback secrets.
 */
export function demoCredentials(sandboxUrl: string): CredentialToImport[] {
	return [
		{
			id: DEMO_CREDENTIAL_ID,
			name: 'AIRudder iCall (sandbox)',
			type: 'iCallApi',
			data: { appKey: demoAccount.appKey, appSecret: demoAccount.appSecret, baseUrl: sandboxUrl },
		},
		{
			id: DEMO_CALLBACK_CREDENTIAL_ID,
			name: 'AIRudder iCall callbacks (demo)',
			type: 'iCallCallbackApi',
			data: { callbackToken: DEMO_CALLBACK_TOKEN, queryParameterName: 'token', headerName: 'X-AIRudder-Token' },
		},
	];
}

interface ExampleNode {
	name: string;
	type: string;
	webhookId?: string;
	parameters: Record<string, unknown>;
}

export interface DemoExample {
	file: string;
	workflow: WorkflowToImport & { id: string };
	/** Set when the workflow starts from our trigger: it is published, not executed. */
	trigger?: { node: ExampleNode; webhookPath: string; token?: string };
	/** Started by one of our triggers (callbacks or polling): published, never executed. */
	published: boolean;
}

/**
 * The example workflows (one JSON file each). The trigger's production URL is
 * `/webhook/<webhookId>/webhook`: the node declares its webhook path as `webhook` and n8n
 * prefixes the node's webhookId.
 */
export function loadExamples(projectRoot: string): DemoExample[] {
	const dir = path.join(projectRoot, 'examples');
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => {
			const workflow = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as DemoExample['workflow'];
			const node = (workflow.nodes as ExampleNode[]).find((candidate) => candidate.type === TRIGGER_TYPE);
			const trigger =
				node && node.webhookId
					? {
							node,
							webhookPath: `${node.webhookId}/webhook`,
							token: node.parameters.requireToken ? DEMO_CALLBACK_TOKEN : undefined,
						}
					: undefined;
			const polled = (workflow.nodes as ExampleNode[]).some((candidate) => candidate.type === POLL_TRIGGER_TYPE);
			return { file, workflow, trigger, published: trigger !== undefined || polled };
		});
}
