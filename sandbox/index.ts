// Dev tooling for the iCall sandbox: never ships in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encryptionKeyBytes } from '../nodes/ICall/api/crypto';
import { TokenStore } from './auth';
import { postSyntheticCallbacks, syntheticCallRow, type CallbackBenchResult } from './callbacks/bench';
import type { CallbackSettings } from './callbacks/dispatcher';
import type { PostResult } from './callbacks/http-post';
import { chatbotControl, clearChatbot, type ChatbotControl } from './chatbotControl';
import type { VirtualClock } from './clock';
import { FaultInjector } from './faults';
import { createRequestListener } from './http/server';
import { resolveOptions, type SandboxOptions } from './options';
import { RequestLog } from './request-log';
import type { SandboxCall, SandboxPlan, SandboxTask } from './state/model';
import type { RowBuilder } from './state/rows';
import type { WabaTask, WorkflowInstance } from './state/workflowModel';
import { assembleWorld } from './world';
export type { SandboxOptions } from './options';
export type { SandboxAccount } from './auth';
export { demoAccount } from './auth';
export type { ClockSpeed } from './clock';
export type { FaultSpec, FaultScope, SandboxEndpointId } from './faults';
export type { RequestLogEntry, CallbackDelivery, CallbackAttempt } from './request-log';
export type { CallbackSettings } from './callbacks/dispatcher';
export { callbackTokenParameter } from './callbacks/dispatcher';
export type { CallbackEncryptionParameters } from './callbacks/encryption';
export { decryptCallbackText, encryptCallbackText } from './callbacks/encryption';
export { signCallbackBody, signatureHeader } from './callbacks/signing';
export type { CallbackBenchResult } from './callbacks/bench';
export type { PostResult } from './callbacks/http-post';
export type { RecordingSettings } from './media/recordings';
export type { DialOutcome } from './state/outcomes';
export type { SandboxCall, SandboxPlan, SandboxTask } from './state/model';
export { sandboxErrorCodes } from './http/envelope';
export { sandboxRobots, sandboxStrategies } from './state/catalog';
export { sandboxWorkflowTemplates } from './state/workflowCatalog';
export type { WabaTask, WorkflowContact, WorkflowInstance } from './state/workflowModel';
export { pageRowsKey } from './handlers/paging';
export type { ChatbotControl } from './chatbotControl';
export { sandboxTemplates, sandboxWabaAccounts } from './state/chatbotCatalog';
export { isOnWhatsApp, receiverIntervalMs } from './state/templateSends';
export { chatbotErrorCodes } from './state/chatbotErrors';

/** Read-only views for assertions; rows are exactly what the API would answer. */
export interface SandboxStateView {
	tasks(): ReadonlyArray<Readonly<SandboxTask>>;
	task(taskId: string): Readonly<SandboxTask> | undefined;
	plans(): ReadonlyArray<Readonly<SandboxPlan>>;
	plan(planId: string): Readonly<SandboxPlan> | undefined;
	/** Every call, or the calls of one task. */
	calls(taskId?: string): ReadonlyArray<Readonly<SandboxCall>>;
	call(callId: string): Readonly<SandboxCall> | undefined;
	rows: RowBuilder;
	/** Workflow instances, newest first. */
	workflows(): ReadonlyArray<Readonly<WorkflowInstance>>;
	workflow(workflowId: string): Readonly<WorkflowInstance> | undefined;
	wabaTasks(workflowId: string): ReadonlyArray<Readonly<WabaTask>>;
}

export interface Sandbox {
	url: string;
	port: number;
	close(): Promise<void>;
	/** Forgets tasks, plans, tokens, log, faults and pending events; keeps options and callback settings. */
	reset(): void;
	faults: FaultInjector;
	log: RequestLog;
	state: SandboxStateView;
	/** The chatbot model: its state, and the WhatsApp users' side of it. */
	chatbot: ChatbotControl;
	clock: VirtualClock;
	/** Makes every issued token expired (the next request gets 401, a login issues a new token). */
	expireAllTokens(): void;
	/** Switches the encrypted-account mode on (a 16/24/32-byte key) or off (undefined) at run time. */
	setEncryptionKey(key: string | undefined): void;
	/** Changes callback delivery at run time (e.g. once a test's receiver listens). */
	configureCallbacks(settings: Partial<CallbackSettings>): void;
	/** POSTs one payload to the callback URL (signed/encrypted as configured), one try. */
	postEvent(payload: Record<string, unknown>): Promise<PostResult>;
	/** POSTs `count` synthetic call.finished callbacks, `concurrency` at a time, and tallies statuses. */
	postCallbacks(count: number, concurrency: number): Promise<CallbackBenchResult>;
}

export async function startSandbox(options?: SandboxOptions): Promise<Sandbox> {
	const resolved = resolveOptions(options);
	const log = new RequestLog(resolved.logLimit);
	let url = '';
	const world = assembleWorld(resolved, log, () => url);
	const tokens = new TokenStore(resolved.accounts, resolved.tokenLifetimeMs);
	const faults = new FaultInjector(world.random, { tokenExpiryAs: resolved.tokenExpiryAs, recordingsAs: resolved.recordingsAs });
	const encryption = { key: resolved.encryptionKey };
	const server = createServer(createRequestListener({ world, tokens, faults, log, encryption, drifted: resolved.drifted }));
	server.keepAliveTimeout = 5_000;

	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(resolved.port, resolved.host, () => resolve());
	});
	const port = (server.address() as AddressInfo).port;
	url = `http://${resolved.host.includes(':') ? `[${resolved.host}]` : resolved.host}:${port}`;

	const allCalls = () => world.tasks.list().flatMap((task) => task.calls);
	return {
		url,
		port,
		close: () =>
			new Promise<void>((resolve) => {
				world.clock.stop();
				world.clock.cancelAll();
				world.chatbot.uploads.dispose();
				server.close(() => resolve());
				server.closeAllConnections();
			}),
		reset() {
			world.clock.cancelAll();
			world.tasks.clear();
			world.plans.clear();
			world.workflows.clear();
			world.waba.clear();
			clearChatbot(world.chatbot);
			tokens.clear();
			faults.clear();
			log.clear();
		},
		faults,
		log,
		chatbot: chatbotControl(world.chatbot),
		clock: world.clock,
		state: {
			tasks: () => world.tasks.list(),
			task: (taskId) => world.tasks.get(taskId),
			plans: () => world.plans.list(),
			plan: (planId) => world.plans.list().find((plan) => plan.planId === planId),
			calls: (taskId) => (taskId ? (world.tasks.get(taskId)?.calls ?? []) : allCalls()),
			call: (callId) => world.tasks.findCall(callId),
			rows: world.rows,
			workflows: () => world.workflows.list(),
			workflow: (workflowId) => world.workflows.list().find((instance) => instance.workflowId === workflowId),
			wabaTasks: (workflowId) => world.waba.ofWorkflow(workflowId),
		},
		expireAllTokens: () => tokens.expireAll(),
		setEncryptionKey(key) {
			if (key !== undefined) encryptionKeyBytes(key);
			encryption.key = key;
		},
		configureCallbacks: (settings) => world.callbacks.configure(settings),
		postEvent: (payload) => world.callbacks.postOnce(payload),
		postCallbacks: (count, concurrency) =>
			postSyntheticCallbacks(world.callbacks, (index) => syntheticCallRow(world.random, world.rows, index, world.clock.now()), count, concurrency),
	};
}
