import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { decryptCallbackBody } from './trigger/decryptBody';
import type { DedupeBy } from './trigger/dedupe';
import { dedupeKey, isRepeatDelivery } from './trigger/dedupe';
import { ALL_EVENTS, triggerProperties } from './trigger/properties';
import { isJsonObject, recognizeEvent } from './trigger/recognizeEvent';
import { acknowledgeWithoutRun, ACCEPTED_REPLY, logContext, reject } from './trigger/reply';
import { checkRequestToken, headersWithoutToken, queryWithoutToken } from './trigger/requestToken';
import { SIGNATURE_HEADER, verifySignature } from './trigger/signature';

type Headers = Record<string, string | string[] | undefined>;

/**
 * The bytes AIRudder signed. n8n's body parser keeps them in `rawBody` before the node runs; if a
 * runtime did not, re-serialising the parsed body is the best we have (a signature may then fail
 * on whitespace or key order, which the warning for that 401 makes visible).
 */
async function readRawBody(ctx: IWebhookFunctions, body: unknown): Promise<string> {
	const request = ctx.getRequestObject();
	if (!Buffer.isBuffer(request.rawBody) && typeof request.readRawBody === 'function') await request.readRawBody();
	if (Buffer.isBuffer(request.rawBody)) return request.rawBody.toString('utf8');
	ctx.logger.debug('AIRudder iCall Trigger: no raw body from n8n, using the re-serialised parsed body', logContext(ctx));
	return typeof body === 'string' ? body : JSON.stringify(body ?? {});
}

/**
 * n8n parses only the content types it knows (from node version 1.1 it does not even read the
 * others). AIRudder documents `application/json`, but a proxy or a resend tool may change the
 * header; an empty parsed body with bytes behind it is read here instead of being lost: JSON when
 * it parses, else the text itself.
 */
function bodyOrRawText(parsed: unknown, rawBody: string): unknown {
	const parsedNothing = parsed === undefined || parsed === null || (isJsonObject(parsed) && Object.keys(parsed).length === 0);
	if (!parsedNothing || rawBody.trim() === '') return parsed;
	try {
		return JSON.parse(rawBody) as unknown;
	} catch {
		return rawBody;
	}
}

export class ICallTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'AIRudder iCall Trigger',
		name: 'iCallTrigger',
		icon: { light: 'file:icall.svg', dark: 'file:icall.dark.svg' },
		group: ['trigger'],
		// 1.1 changes nothing in the node. n8n 2.x evaluates an extra expression for every incoming request
		// to a version-1 trigger node (its Webhook v1 binary-data option, in parseRequestBody of
		// webhook-helpers.js), and that evaluation starts an expression isolate. From 1.1 on n8n parses the
		// body without it; the benchmark's trigger throughput shows what that is worth.
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: '={{ $parameter["events"].includes("*") ? "All events" : $parameter["events"].join(", ") }}',
		description: 'Starts the workflow when AIRudder iCall sends a callback (calls, tasks, plans, workflows, chatbot)',
		defaults: { name: 'AIRudder iCall Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: triggerProperties,
	};

	/**
	 * AIRudder has no API to register a callback URL: their staff paste it (TheHive pattern).
	 * So there is nothing to check, create or delete; activation only logs the URL to hand over.
	 */
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				this.logger.info(`AIRudder iCall Trigger listening: give AIRudder ${this.getNodeWebhookUrl('default') ?? 'the Production URL'}`);
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const receivedAt = new Date().toISOString();
		const headers = this.getHeaderData() as Headers;
		const query = this.getQueryData() as IDataObject;
		const parsedBody: unknown = this.getBodyData();
		const rawBody = await readRawBody(this, parsedBody);
		const body = bodyOrRawText(parsedBody, rawBody);

		const requireToken = this.getNodeParameter('requireToken', false) as boolean;
		const tokenHeader = requireToken ? (this.getNodeParameter('authHeaderName', '') as string) : undefined;
		const tokenParameter = requireToken ? (this.getNodeParameter('authQueryParameter', '') as string) : undefined;
		if (requireToken) {
			const check = checkRequestToken(query, headers, {
				expectedToken: this.getNodeParameter('token', '') as string,
				queryParameter: tokenParameter ?? '',
				headerName: tokenHeader ?? '',
			});
			if (!check.ok) return reject(this, 401, check.reason);
		}

		if (this.getNodeParameter('verifySignature', false) as boolean) {
			const secret = this.getNodeParameter('signingSecret', '') as string;
			const check = verifySignature(rawBody, headers[SIGNATURE_HEADER.toLowerCase()], secret);
			if (!check.ok) return reject(this, 401, check.reason);
		}

		let payload: unknown = body;
		if (this.getNodeParameter('decryptBody', false) as boolean) {
			const key = this.getNodeParameter('aesKey', '') as string;
			const field = this.getNodeParameter('ciphertextField', 'data') as string;
			const decrypted = decryptCallbackBody(body, rawBody, key, field);
			if (!decrypted.ok) return reject(this, 400, decrypted.reason);
			payload = decrypted.payload;
		}

		const event = recognizeEvent(payload);
		const wanted = this.getNodeParameter('events', [ALL_EVENTS]) as string[];
		if (!wanted.includes(ALL_EVENTS) && !wanted.includes(event)) {
			return acknowledgeWithoutRun(this, `event "${event}" is not among the selected events`, event, 'debug');
		}

		if (this.getNodeParameter('dedupe', false) as boolean) {
			const minutes = this.getNodeParameter('dedupeWindowMinutes', 10) as number;
			const by = this.getNodeParameter('dedupeBy', 'identifyingFields') as DedupeBy;
			const repeat = isRepeatDelivery({
				scope: `${this.getWorkflow().id ?? ''}/${this.getNode().name}`,
				staticData: this.getWorkflowStaticData('node'),
				key: dedupeKey(event, payload, rawBody, by),
				windowMs: minutes * 60_000,
				now: Date.now(),
			});
			if (repeat) {
				return acknowledgeWithoutRun(this, `repeat of an event "${event}" already received in the last ${minutes} min`, event, 'info');
			}
		}

		// Layout, as in n8n's own Webhook node: metadata beside `body`, the payload whole and untouched
		// (decrypted when that option is on). Spreading the payload at top level would let a payload
		// field named `event` or `headers` overwrite ours, and a lost field is worse than `.body.` in
		// an expression. Token header and query parameter are removed so the secret never lands in
		// execution data.
		const json: IDataObject = {
			event,
			receivedAt,
			headers: headersWithoutToken(headers, tokenHeader),
			query: queryWithoutToken(query, tokenParameter),
			body: payload as IDataObject,
		};
		return { webhookResponse: ACCEPTED_REPLY, workflowData: [[{ json }]] };
	}
}
