import type { ICredentialTestFunctions, ICredentialsDecrypted, IDataObject, IHookFunctions, INodeCredentialTestResult, INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import { redactDeep } from './api/redact';
import { bodyOrRawText, decryptCallback, isMarkedEncrypted, readRawBody } from './trigger/body';
import type { DedupeBy } from './trigger/dedupe';
import { dedupeKey, isRepeatDelivery } from './trigger/dedupe';
import { withHangupLabel } from './trigger/hangupLabel';
import { payloadShapeReport } from './trigger/payloadShape';
import { triggerProperties } from './trigger/properties';
import { ALL_EVENTS, recognizeEvent } from './trigger/recognize';
import { ACCEPTED_REPLY, acknowledgeWithoutRun, reject } from './trigger/reply';
import type { CallbackSecrets } from './trigger/settings';
import { CREDENTIAL_TITLE, callbackSecretProblems, readCallbackSettings } from './trigger/settings';
import { SIGNATURE_HEADER, checkRequestToken, headersWithoutToken, queryWithoutToken, verifySignature } from './trigger/verify';

type Headers = Record<string, string | string[] | undefined>;

export class ICallTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'AIRudder iCall Trigger',
		name: 'iCallTrigger',
		icon: { light: 'file:icall.svg', dark: 'file:icall.dark.svg' },
		group: ['trigger'],
		// Not 1: n8n treats a version-1 trigger like its first Webhook node and evaluates one of that
		// node's options for every request, at a cost BENCHMARKS.md measures.
		version: 2,
		subtitle: '={{ $parameter["events"].includes("*") ? "All events" : $parameter["events"].join(", ") }}',
		description: 'Starts the workflow when AIRudder iCall sends a callback (calls, tasks, plans, workflows, chatbot)',
		defaults: { name: 'AIRudder iCall Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'iCallCallbackApi', required: false, testedBy: 'callbackSecrets' },
		],
		// responseData '' (not undefined) makes n8n answer our webhookResponse: see trigger/reply.ts.
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', responseData: '', path: 'webhook' }],
		properties: triggerProperties,
	};

	methods = {
		credentialTest: {
			/** Nothing to call: the secrets are only compared and decrypted with, so their form is what can be checked. */
			async callbackSecrets(this: ICredentialTestFunctions, credential: ICredentialsDecrypted): Promise<INodeCredentialTestResult> {
				const problems = callbackSecretProblems(credential.data as CallbackSecrets | undefined, {});
				return problems.length > 0 ? { status: 'Error', message: problems.join('; ') } : { status: 'OK', message: 'The values have a usable form' };
			},
		},
	};

	/**
	 * AIRudder has no API to register a callback URL: their staff paste it. So there is nothing to
	 * register or delete; activation checks the settings and logs the URL to hand over.
	 */
	webhookMethods = {
		default: {
			/**
			 * Never "already registered": n8n runs `create` only when this answers false, and `create`
			 * is where publishing is refused for a missing secret. Answering true skipped that check,
			 * and the workflow went live only to answer 500 to every callback.
			 */
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return false;
			},
			/** A switch without its secret stops activation with what to do. */
			async create(this: IHookFunctions): Promise<boolean> {
				const settings = await readCallbackSettings(this);
				if (!settings.ok) throw new NodeOperationError(this.getNode(), settings.reason);
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
		const contentType = String(headers['content-type'] ?? '');
		const rawBody = await readRawBody(this, parsedBody, contentType);
		const body = bodyOrRawText(parsedBody, rawBody);

		const read = await readCallbackSettings(this, { markedEncrypted: isMarkedEncrypted(headers) });
		if (!read.ok) return reject(this, 500, `The trigger is not set up right: ${read.reason}`);
		const { token, knownToken, signature, decryption } = read.settings;

		if (token) {
			const check = checkRequestToken(query, headers, token);
			if (!check.ok) return reject(this, 401, check.reason);
		}

		if (signature !== undefined) {
			const check = verifySignature(rawBody, headers[SIGNATURE_HEADER.toLowerCase()], signature);
			if (!check.ok) return reject(this, 401, check.reason);
		}

		let payload: unknown = body;
		if (decryption.mode === 'always' || isMarkedEncrypted(headers)) {
			if (decryption.key === undefined) {
				return reject(this, 500, `The callback is encrypted, but the ${CREDENTIAL_TITLE} credential of this trigger has no Encryption Key`);
			}
			const decrypted = decryptCallback({ body, rawBody, headers, key: decryption.key });
			if (!decrypted.ok) return reject(this, decrypted.status, decrypted.reason);
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
		// (decrypted when it came encrypted). Spreading the payload at top level would let a payload
		// field named `event` or `headers` overwrite ours, and a lost field is worse than `.body.` in
		// an expression. The checked token header and query parameter are removed, and the token is
		// masked wherever else it shows, so the secret never lands in execution data. The one addition
		// to the payload is the readable label beside a dialer's hang-up code.
		const json: IDataObject = {
			event,
			receivedAt,
			headers: redactDeep(headersWithoutToken(headers, token?.headerName), [knownToken], { anyLength: true }),
			query: redactDeep(queryWithoutToken(query, token?.queryParameter), [knownToken], { anyLength: true }),
			body: withHangupLabel(event, payload) as IDataObject,
		};
		if (this.getNodeParameter('reportPayloadShapes', false) as boolean) json.payloadShape = payloadShapeReport(event, payload);
		return { webhookResponse: ACCEPTED_REPLY, workflowData: [[{ json }]] };
	}
}
