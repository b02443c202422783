// Test code never ships: the workflows the queue-mode suite publishes.
import type { WorkflowToImport } from '../../scripts/n8n-runtime';

export const CREDENTIAL_ID = 'queueIcallCred';
export const REDIS_CREDENTIAL_ID = 'queueRedisCred';

/** The event key: the event name and the whole payload, as AIRudder resends it unchanged. */
const EVENT_KEY = "={{ 'airudder:' + $json.event + ':' + JSON.stringify($json.body) }}";

const trigger = (webhookId: string) => ({
	id: `${webhookId}-t`,
	name: 'iCall callbacks',
	type: 'n8n-nodes-airudder.iCallTrigger',
	typeVersion: 2,
	position: [0, 0],
	webhookId,
	// Default options on purpose: no URL token, no signature, no decryption, no de-duplication.
	parameters: {},
});

/** Every callback becomes one execution. */
export function callbacksWorkflow(webhookId: string): WorkflowToImport {
	return {
		id: 'queueCallbacks001',
		name: 'queue: callbacks',
		settings: { executionOrder: 'v1' },
		nodes: [trigger(webhookId), { id: 'n2', name: 'Done', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [220, 0], parameters: {} }],
		connections: { 'iCall callbacks': { main: [[{ node: 'Done', type: 'main', index: 0 }]] } },
	};
}

/**
 * The exactly-once design under test: an event key (the event and its payload) checked by n8n's
 * Remove Duplicates node against n8n's own database, then a marker request for every event let through.
 */
export function dedupedWorkflow(webhookId: string, markerUrl: string): WorkflowToImport {
	return {
		id: 'queueDedupe00001',
		name: 'queue: remove repeated callbacks',
		settings: { executionOrder: 'v1' },
		nodes: [
			trigger(webhookId),
			{
				id: 'n2',
				name: 'Remove repeats',
				type: 'n8n-nodes-base.removeDuplicates',
				typeVersion: 2,
				position: [220, 0],
				parameters: {
					operation: 'removeItemsSeenInPreviousExecutions',
					dedupeValue: EVENT_KEY,
					options: { scope: 'workflow', historySize: 100000 },
				},
			},
			{
				id: 'n3',
				name: 'New event',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				position: [440, 0],
				parameters: { url: `={{ '${markerUrl}?key=' + encodeURIComponent($json.body.CallID) }}`, options: {} },
			},
		],
		connections: {
			'iCall callbacks': { main: [[{ node: 'Remove repeats', type: 'main', index: 0 }]] },
			'Remove repeats': { main: [[{ node: 'New event', type: 'main', index: 0 }]] },
		},
	};
}

/**
 * The design that is exactly-once under concurrency: Redis INCR on the event key is atomic, so of
 * all concurrent deliveries of one event exactly one sees 1; only that one goes on.
 */
export function redisKeyedWorkflow(webhookId: string, markerUrl: string): WorkflowToImport {
	return {
		id: 'queueRedisKey001',
		name: 'queue: first delivery only (Redis key)',
		settings: { executionOrder: 'v1' },
		nodes: [
			trigger(webhookId),
			{
				id: 'r2',
				name: 'Count deliveries',
				type: 'n8n-nodes-base.redis',
				typeVersion: 1,
				position: [220, 0],
				parameters: { operation: 'incr', key: EVENT_KEY, expire: true, ttl: 86400 },
				credentials: { redis: { id: REDIS_CREDENTIAL_ID, name: 'queue redis' } },
			},
			{
				id: 'r3',
				name: 'First delivery?',
				type: 'n8n-nodes-base.if',
				typeVersion: 2.2,
				position: [440, 0],
				parameters: {
					conditions: {
						options: { caseSensitive: true, leftValue: '', typeValidation: 'loose', version: 2 },
						conditions: [
							{ id: 'c1', leftValue: '={{ Object.values($json)[0] }}', rightValue: 1, operator: { type: 'number', operation: 'equals' } },
						],
						combinator: 'and',
					},
					options: {},
				},
			},
			{
				id: 'r4',
				name: 'New event',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				position: [660, 0],
				parameters: { url: `={{ '${markerUrl}?key=' + encodeURIComponent($('iCall callbacks').item.json.body.CallID) }}`, options: {} },
			},
		],
		connections: {
			'iCall callbacks': { main: [[{ node: 'Count deliveries', type: 'main', index: 0 }]] },
			'Count deliveries': { main: [[{ node: 'First delivery?', type: 'main', index: 0 }]] },
			'First delivery?': { main: [[{ node: 'New event', type: 'main', index: 0 }], []] },
		},
	};
}

/** A Webhook node named Start: a POST to any webhook process queues one execution for the workers. */
const webhookStart = (id: string, path: string) => ({
	id,
	name: 'Start',
	type: 'n8n-nodes-base.webhook',
	typeVersion: 2,
	position: [0, 0],
	webhookId: path,
	parameters: { path, httpMethod: 'POST', options: {} },
});

/**
 * A project example as shipped, but started by a webhook instead of its manual trigger (also named
 * Start): in queue mode a manual run stays on main, a webhook's execution runs on a worker.
 */
export function startedByWebhook(example: WorkflowToImport, path: string): WorkflowToImport {
	const nodes = (example.nodes as Array<{ id: string; type: string }>).map((node) =>
		node.type === 'n8n-nodes-base.manualTrigger' ? webhookStart(node.id, path) : node,
	);
	return { ...example, nodes };
}

/** A webhook start, then one AIRudder read: every execution needs the token. */
export function robotsWorkflow(path: string): WorkflowToImport {
	return {
		id: 'queueRobots00001',
		name: 'queue: list robots',
		settings: { executionOrder: 'v1' },
		nodes: [
			webhookStart('w1', path),
			{
				id: 'w2',
				name: 'List robots',
				type: 'n8n-nodes-airudder.iCall',
				typeVersion: 1,
				position: [220, 0],
				parameters: { resource: 'robot', operation: 'getMany', returnAll: true },
				credentials: { iCallApi: { id: CREDENTIAL_ID, name: 'iCall sandbox' } },
			},
		],
		connections: { Start: { main: [[{ node: 'List robots', type: 'main', index: 0 }]] } },
	};
}
