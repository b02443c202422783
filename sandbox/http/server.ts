// Dev tooling for the iCall sandbox: never ships in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TokenStore } from '../auth';
import { conventions } from '../contract';
import { driftedAnswer } from '../drift';
import type { FaultInjector, FaultPlan, SandboxEndpointId } from '../faults';
import { endpointHandlers } from '../handlers/index';
import type { HandlerResult, SandboxWorld } from '../handlers/types';
import type { RequestLog } from '../request-log';
import { TokenRejectedError, checkAuthorization } from './authorization';
import { SandboxError, errorBody, sandboxErrorCodes, successBody } from './envelope';
import { Exchange } from './exchange';
import { routeRequest, type Route } from './router';
import { receiveUpload } from './upload';
import { validateRequest } from './validation';

export interface ServerParts {
	world: SandboxWorld;
	tokens: TokenStore;
	faults: FaultInjector;
	log: RequestLog;
	/** Encrypted-account mode is on while a key is set (it can change at run time). */
	encryption: { key?: string };
	/** Drifted-account mode: success answers take the drifted account's form (drift.ts). */
	drifted: boolean;
}

/**
 * The request pipeline, in the order a real gateway would apply it: route (404), injected faults
 * that happen before any processing (latency, reset, 429, 5xx), login or token check (401),
 * validation (400), the handler (which commits), then faults after commit.
 */
export function createRequestListener(parts: ServerParts): (request: IncomingMessage, response: ServerResponse) => void {
	return (request, response) => {
		void Exchange.open(request, response, parts.log)
			.then((exchange) => serve(parts, exchange))
			.catch(() => {
				if (!response.headersSent) response.writeHead(500).end();
			});
	};
}

async function serve(parts: ServerParts, exchange: Exchange): Promise<void> {
	const file = parts.world.recordings.match(exchange.url.pathname);
	if (file && exchange.method === 'GET') return serveRecordingFile(parts, exchange, file);
	const uploaded = parts.world.chatbot.uploads.match(exchange.url.pathname);
	if (uploaded && exchange.method === 'GET') {
		exchange.setEndpoint('chatbotFile');
		if (await applyFaultsBeforeProcessing(exchange, parts.faults.plan('chatbotFile', 'GET'))) return;
		return exchange.sendFile(parts.world.chatbot.uploads.streamed(uploaded));
	}

	let route: Route;
	try {
		route = routeRequest(exchange.method, exchange.url.pathname);
	} catch (error) {
		return answerError(exchange, error);
	}
	exchange.setEndpoint(route.id);
	const plan = parts.faults.plan(route.id, exchange.method);
	if (plan.echoRequest) exchange.echoRequest();
	if (await applyFaultsBeforeProcessing(exchange, plan)) return;

	let result: HandlerResult;
	try {
		// Multipart uploads are not sealed (the vendor's scheme covers query strings and JSON bodies).
		if (parts.encryption.key && !(route.kind === 'endpoint' && route.endpoint.multipart)) {
			exchange.openSealed(parts.encryption.key, plan.encryptedAnswers);
		}
		result = route.kind === 'auth' ? login(parts, exchange) : await handleEndpoint(parts, exchange, route, plan);
	} catch (error) {
		return answerError(exchange, error, plan);
	}
	if (plan.failAfterCommit === 'reset') return exchange.reset();
	if (plan.failAfterCommit === 'http500') {
		return exchange.sendJson(500, errorBody(sandboxErrorCodes.internal, 'internal error after the request was processed (injected failAfterCommit)'));
	}
	if ('file' in result) return exchange.sendFile(result.file);
	exchange.sendJson(200, parts.drifted && route.kind === 'endpoint' ? driftedAnswer(route.id, result.data) : successBody(result.data));
}

/** Returns true when a fault has already answered (or dropped) the request. */
async function applyFaultsBeforeProcessing(exchange: Exchange, plan: FaultPlan): Promise<boolean> {
	// Counted from the request's arrival: a request that queued behind others' processing is not held longer.
	if (plan.latencyMs > 0 && plan.latencyWhileProcessing) exchange.holdAnswerUntil(sleep(Math.max(0, exchange.started + plan.latencyMs - Date.now())));
	else if (plan.latencyMs > 0) await sleep(plan.latencyMs);
	if (plan.reset) {
		exchange.reset();
		return true;
	}
	if (plan.tooManyRequests) {
		exchange.sendJson(429, errorBody(sandboxErrorCodes.tooManyRequests, 'too many requests (injected): retry later'), {
			'Retry-After': String(plan.retryAfterSeconds),
		});
		return true;
	}
	if (plan.serverErrorStatus !== undefined && plan.serverErrorAsText) {
		exchange.sendText(plan.serverErrorStatus, `<html><body><h1>${plan.serverErrorStatus} Bad Gateway</h1>upstream went away (injected)</body></html>`);
		return true;
	}
	if (plan.serverErrorStatus !== undefined) {
		exchange.sendJson(plan.serverErrorStatus, errorBody(plan.serverErrorStatus, 'service unavailable (injected): retry later'));
		return true;
	}
	return false;
}

function login(parts: ServerParts, exchange: Exchange): HandlerResult {
	const body = exchange.jsonBody();
	const { appKey, appSecret, token } = conventions.auth;
	for (const field of [appKey, appSecret]) {
		if (typeof body[field] !== 'string' || body[field] === '') throw SandboxError.param(field, 'is required (a string)');
	}
	exchange.entry.unknownFields = Object.keys(body).filter((name) => name !== appKey && name !== appSecret);
	const issued = parts.tokens.login(body[appKey] as string, body[appSecret] as string);
	if (!issued) throw SandboxError.unauthorized(`${appKey} or ${appSecret} is wrong`);
	return { data: { [token]: issued } };
}

async function handleEndpoint(
	parts: ServerParts,
	exchange: Exchange,
	route: Extract<Route, { kind: 'endpoint' }>,
	plan: FaultPlan,
): Promise<HandlerResult> {
	const refusal = checkAuthorization(exchange.entry.headers, parts.tokens, plan.tokenExpiry);
	if (refusal) {
		await exchange.drain();
		throw refusal;
	}
	const handler = endpointHandlers[route.id];
	if (!handler) {
		throw SandboxError.notFound(`${exchange.method} ${route.endpoint.path} ("${route.endpoint.title}") is in the contract but not modeled by the sandbox yet`);
	}
	const input = route.endpoint.multipart
		? await receiveUpload(exchange, route.endpoint, parts.world.chatbot.uploads)
		: exchange.method === 'GET'
			? exchange.entry.query
			: exchange.jsonBody();
	const { values, unknownFields } = validateRequest(route.endpoint, input, handler.kinds);
	exchange.entry.unknownFields = unknownFields;
	return handler.handle(parts.world, { values, recordingsAs: plan.recordingsAs });
}

function answerError(exchange: Exchange, error: unknown, plan?: FaultPlan): void {
	if (!(error instanceof SandboxError)) {
		exchange.sendJson(500, errorBody(sandboxErrorCodes.internal, `sandbox bug: ${(error as Error)?.message ?? String(error)}`));
		return;
	}
	if (error instanceof TokenRejectedError && plan?.tokenExpiryAs === 'body401') return exchange.sendJson(200, error.body());
	exchange.sendJson(error.httpStatus, error.body());
}

async function serveRecordingFile(
	parts: ServerParts,
	exchange: Exchange,
	file: NonNullable<ReturnType<SandboxWorld['recordings']['match']>>,
): Promise<void> {
	const id: SandboxEndpointId = file.kind === 'call' ? 'recordingFile' : 'recordingZip';
	exchange.setEndpoint(id);
	if (await applyFaultsBeforeProcessing(exchange, parts.faults.plan(id, 'GET'))) return;
	const { tasks, recordings } = parts.world;
	if (file.kind === 'call') {
		const call = tasks.findCall(file.callId);
		if (!call?.hasRecording) return answerError(exchange, SandboxError.notFound(`no recording file for call "${file.callId}"`));
		return exchange.sendFile(recordings.callFile(call));
	}
	const task = tasks.get(file.taskId);
	if (!task?.calls.some((call) => call.hasRecording)) {
		return answerError(exchange, SandboxError.notFound(`no recordings archive for task "${file.taskId}"`));
	}
	return exchange.sendFile(recordings.taskArchive(task));
}
