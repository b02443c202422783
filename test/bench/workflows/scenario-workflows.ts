// Dev tooling (benchmarks); never shipped in the n8n package.
// The workflows each scenario runs: our node on one side, n8n's own node doing the same on the other.
import { endpoints } from '../../../sandbox/contract';
import type { WorkflowToImport } from '../../../scripts/n8n-runtime/index';
import { ICALL_NODE, ICALL_TRIGGER_NODE, chainWorkflow, codeNode, startWebhook, type CredentialRef, type Node } from './building-blocks';

/** Name of the node whose run is timed in every driven workflow. */
export const MEASURED = 'Measured';

/** A bench workflow plus the webhook path that starts it. */
export interface DrivenWorkflow {
	workflow: WorkflowToImport;
	path: string;
}

export function driven(id: string, name: string, path: string, nodes: Node[]): DrivenWorkflow {
	return { workflow: chainWorkflow(id, name, [startWebhook(path), ...nodes]), path };
}

/** The node every driven workflow times: our action node, after the upstream nodes (x = 440) or alone (x = 220). */
export function measuredICallNode(id: string, parameters: Record<string, unknown>, credential: CredentialRef, x = 440): Node {
	return { id: `${id}-measured`, name: MEASURED, type: ICALL_NODE, typeVersion: 1, position: [x, 0], parameters, credentials: { iCallApi: credential } };
}

/** The same place taken by n8n's HTTP Request node; with a credential, ours as its predefined credential type. */
export function measuredHttpRequest(id: string, parameters: Record<string, unknown>, credential?: CredentialRef, x = 440): Node {
	const node: Node = { id: `${id}-measured`, name: MEASURED, type: 'n8n-nodes-base.httpRequest', typeVersion: 4.2, position: [x, 0], parameters };
	if (credential) node.credentials = { iCallApi: credential };
	return node;
}

/** n8n's HTTP Request node authenticating with our credential, as a user would set it up. */
export const withOurCredential = { authentication: 'predefinedCredentialType', nodeCredentialType: 'iCallApi' };

const itemsWithTask = (count: number, taskId: string) =>
	codeNode('Items', `return Array.from({ length: ${count} }, () => ({ json: { taskId: ${JSON.stringify(taskId)} } }));`, 220);

/** Task → Get for every item, through our node (concurrency as given). */
export function detailsThroughOurNode(id: string, items: number, taskId: string, credential: CredentialRef, concurrency?: number): DrivenWorkflow {
	return driven(id, `bench: ${items} task details, iCall node`, `bench-${id}`, [
		itemsWithTask(items, taskId),
		measuredICallNode(
			id,
			{
				resource: 'task',
				operation: 'get',
				task: { __rl: true, mode: 'id', value: '={{ $json.taskId }}' },
				returnAll: true,
				requestOptions: concurrency === undefined ? {} : { concurrency },
			},
			credential,
		),
	]);
}

/** The same reads through n8n's HTTP Request node with our credential as its predefined credential. */
export function detailsThroughHttpRequest(id: string, items: number, taskId: string, credential: CredentialRef, baseUrl: string): DrivenWorkflow {
	const { path, pagination } = endpoints.taskGet;
	return driven(id, `bench: ${items} task details, HTTP Request node`, `bench-${id}`, [
		itemsWithTask(items, taskId),
		measuredHttpRequest(
			id,
			{
				method: 'GET',
				url: `${baseUrl}${path}`,
				...withOurCredential,
				sendQuery: true,
				queryParameters: {
					parameters: [
						{ name: endpoints.taskGet.fields.taskId.wire, value: '={{ $json.taskId }}' },
						{ name: pagination?.page ?? 'Page', value: '1' },
						{ name: pagination?.size ?? 'Number', value: '100' },
					],
				},
				options: {},
			},
			credential,
		),
	]);
}

/** One debtor per item, like a spreadsheet row: phone, loan ID and two robot variables. */
const debtorItems = (count: number) =>
	codeNode(
		'Debtors',
		`return Array.from({ length: ${count} }, (_, i) => ({ json: { phone: '+62812' + String(i).padStart(7, '0'), loanId: 'LN-' + i, name: 'Debtor ' + i, amount: String(150000 + i) } }));`,
		220,
	);

const TASK_NAME = 'Bench_task';
const ROBOT_ID = 'robot-collection-01';

/**
 * The bare POST's workflow has a Code node that turns the items into its body right before the
 * measured node. This one hands the items through unchanged at the same place, so both measured
 * nodes start after the same traffic with the task runner: the same data just arrived in the n8n
 * process and waits for the same garbage collection. Without it, our node's memory window also
 * held the collection of the items the bare POST's Code node had already absorbed.
 */
const sameUpstreamAsBody = () => codeNode('Body', 'return $input.all();', 330);

/** Task → Create with callees mapped from the items (all items, one request). */
export function bigTaskThroughOurNode(id: string, items: number, credential: CredentialRef): DrivenWorkflow {
	return driven(id, `bench: task from ${items} items, iCall node`, `bench-${id}`, [
		debtorItems(items),
		sameUpstreamAsBody(),
		measuredICallNode(
			id,
			{
				resource: 'task',
				operation: 'create',
				taskName: TASK_NAME,
				robot: { __rl: true, mode: 'id', value: ROBOT_ID },
				contactsSource: 'items',
				phoneNumberField: 'phone',
				caseIdField: 'loanId',
				variablesFrom: 'otherFields',
				additionalFields: {},
				additionalBodyFields: '{}',
			},
			credential,
		),
	]);
}

/**
 * The identical request body built once, upstream, by a Code node, then posted by n8n's HTTP
 * Request node: the "bare client" our node is compared with does no mapping and no checks.
 */
export function bigTaskThroughHttpRequest(id: string, items: number, credential: CredentialRef, baseUrl: string): DrivenWorkflow {
	const { fields, contacts, constants, path } = endpoints.taskCreate;
	const e = contacts.entry;
	const buildBody = `const contacts = $input.all().map(({ json }) => ({ name: json.name, amount: json.amount, ${JSON.stringify(e.number)}: json.phone, ${JSON.stringify(e.caseId)}: json.loanId }));
return [{ json: { ...${JSON.stringify(constants)}, ${JSON.stringify(fields.taskName.wire)}: ${JSON.stringify(TASK_NAME)}, ${JSON.stringify(fields.robotId.wire)}: ${JSON.stringify(ROBOT_ID)}, ${JSON.stringify(fields.contacts.wire)}: contacts } }];`;
	return driven(id, `bench: task from ${items} items, HTTP Request node`, `bench-${id}`, [
		debtorItems(items),
		codeNode('Body', buildBody, 330),
		measuredHttpRequest(
			id,
			{
				method: 'POST',
				url: `${baseUrl}${path}`,
				...withOurCredential,
				sendBody: true,
				contentType: 'json',
				specifyBody: 'json',
				// An expression yielding the object itself: n8n sends it as it is, no re-parsing.
				jsonBody: '={{ $json }}',
				options: {},
			},
			credential,
		),
	]);
}

/** Recording → Get Task Recordings, downloaded into binary data. */
export function taskRecordingsDownload(id: string, taskId: string, credential: CredentialRef): DrivenWorkflow {
	return driven(id, 'bench: task recordings ZIP', `bench-${id}`, [
		measuredICallNode(
			id,
			{ resource: 'recording', operation: 'getTask', task: { __rl: true, mode: 'id', value: taskId }, download: true, binaryPropertyName: 'data' },
			credential,
			220,
		),
	]);
}

/** The same ZIP fetched by n8n's HTTP Request node as a file: n8n's own cost of the mode. */
export function zipDownloadThroughHttpRequest(id: string, url: string): DrivenWorkflow {
	return driven(id, 'bench: task recordings ZIP, HTTP Request node', `bench-${id}`, [
		measuredHttpRequest(id, { method: 'GET', url, options: { response: { response: { responseFormat: 'file', outputPropertyName: 'data' } } } }, undefined, 220),
	]);
}

/** A workflow that is only a webhook receiver, ours or n8n's plain Webhook node. */
export interface Receiver {
	workflow: WorkflowToImport;
	/** Path after /webhook/ of the production URL. */
	path: string;
}

export function ourTriggerReceiver(id: string): Receiver {
	const webhookId = `${id}-trigger`;
	return {
		path: `${webhookId}/webhook`,
		workflow: chainWorkflow(id, 'bench: callbacks, iCall Trigger', [
			{
				id: `${id}-node`,
				name: 'iCall Trigger',
				type: ICALL_TRIGGER_NODE,
				typeVersion: 2,
				position: [0, 0],
				webhookId,
				parameters: { events: ['*'], requireToken: false, dedupe: false },
			},
		]),
	};
}

export function plainWebhookReceiver(id: string): Receiver {
	const path = `bench-${id}`;
	return {
		path,
		workflow: chainWorkflow(id, 'bench: callbacks, Webhook node', [
			{
				id: `${id}-node`,
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: `${id}-hook`,
				parameters: { httpMethod: 'POST', path, responseMode: 'onReceived', options: {} },
			},
		]),
	};
}
