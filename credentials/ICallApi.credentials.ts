import type { ICredentialDataDecryptedObject, ICredentialTestRequest, ICredentialType, IDataObject, IHttpRequestHelper, IHttpRequestOptions, INodeProperties, Icon } from 'n8n-workflow';
import { UserError, sleep } from 'n8n-workflow';
import { TOKEN_REFUSED_MESSAGE, normalizeBaseUrl, userAgentHeaders } from '../nodes/ICall/api/client';
import { endpoints } from '../nodes/ICall/api/contract/calling';
import { conventions } from '../nodes/ICall/api/contract/conventions';
import { openAnswer, readEncryptionKey, sealBody } from '../nodes/ICall/api/crypto';
import { redactSecrets } from '../nodes/ICall/api/redact';

const { auth, envelope } = conventions;

const LOGIN_RETRIES = 3;
const LOGIN_RETRY_DELAY_MS = 250;

/** How long one login attempt waits for an answer; tests shorten it to prove a silent host fails in time. */
export const loginTimeout = { ms: 30_000 };

/** Turns a failed login into a sentence a user can act on; the secret never appears in it. */
function describeLoginFailure(baseUrl: string, status: number | undefined, body: unknown): string {
	const answer = (typeof body === 'object' && body !== null ? body : {}) as IDataObject;
	const vendorMessage = envelope.messageKeys.map((key) => answer[key]).find((v) => typeof v === 'string');
	const vendor = vendorMessage ? ` AIRudder said: "${String(vendorMessage)}".` : '';
	if (status === 401 || status === 403 || answer[envelope.code] === conventions.tokenInvalid.bodyCode) {
		return `AIRudder rejected the App Key or App Secret (login to ${baseUrl}).${vendor} Check both values in the credential.`;
	}
	if (status !== undefined && status >= 400) {
		return `AIRudder login at ${baseUrl} failed with HTTP ${status}.${vendor}`;
	}
	if (answer[envelope.code] !== undefined && answer[envelope.code] !== envelope.successCode) {
		return `AIRudder login at ${baseUrl} failed with code ${String(answer[envelope.code])}.${vendor}`;
	}
	return `AIRudder login at ${baseUrl} gave an unexpected answer without a token. Is the Base URL an iCall API?`;
}

export class ICallApi implements ICredentialType {
	name = 'iCallApi';

	displayName = 'AIRudder iCall API';

	icon: Icon = { light: 'file:../nodes/ICall/icall.svg', dark: 'file:../nodes/ICall/icall.dark.svg' };

	documentationUrl = 'https://github.com/airudder-n8n/n8n-nodes-airudder#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'App Key',
			name: 'appKey',
			type: 'string',
			default: '',
			required: true,
			description: 'The APPKey that AIRudder gave your account',
		},
		{
			displayName: 'App Secret',
			name: 'appSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The APPSecret that belongs to the App Key',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: conventions.baseUrl.value,
			description: 'Change only for a private deployment or the local sandbox (http://127.0.0.1:4010)',
		},
		{
			displayName: 'Encryption Key',
			name: 'encryptionSecretKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Only if AIRudder switched on encryption for your account: the AES key they issued (16, 24 or 32 characters). Every request and answer is then encrypted. Leave empty otherwise.',
		},
		{
			displayName: 'Token',
			name: 'token',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	/**
	 * n8n calls this when the stored token is empty or was refused with HTTP 401, and stores the
	 * result in the credential: one login serves every item and every execution for 24 h.
	 */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const baseUrl = normalizeBaseUrl(credentials.baseUrl);
		const secrets = [credentials.appSecret as string, credentials.encryptionSecretKey as string];
		const keyRead = readEncryptionKey(credentials);
		if (!keyRead.ok) throw new UserError(keyRead.problem);
		const encryptionKey = keyRead.value;
		const login = { [auth.appKey]: credentials.appKey, [auth.appSecret]: credentials.appSecret };
		const sealed = encryptionKey ? sealBody(login, encryptionKey) : undefined;
		const request: IHttpRequestOptions = {
			method: auth.method,
			url: `${baseUrl}${auth.path}`,
			body: sealed?.body ?? login,
			headers: { ...userAgentHeaders(), ...sealed?.headers },
			...(sealed ? { encoding: 'text' as const } : {}),
			json: true,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: loginTimeout.ms,
		};
		let status: number | undefined;
		let body: unknown;
		let networkProblem: string | undefined;
		let sealProblem: string | undefined;
		// A login is safe to repeat (it only issues a token), so transient failures get a few more tries.
		for (let attempt = 0; attempt <= LOGIN_RETRIES; attempt++) {
			if (attempt > 0) await sleep(LOGIN_RETRY_DELAY_MS * 2 ** (attempt - 1));
			networkProblem = undefined;
			try {
				const response = (await this.helpers.httpRequest(request)) as { statusCode: number; headers: IDataObject; body: unknown };
				status = response.statusCode;
				const opened = encryptionKey ? openAnswer(response.headers ?? {}, response.body, encryptionKey) : { ok: true as const, value: response.body };
				if (!opened.ok) sealProblem = opened.problem;
				body = opened.ok ? opened.value : undefined;
			} catch (error) {
				const { code, message } = error as { code?: string; message?: string };
				networkProblem = /timeout/i.test(`${code ?? ''} ${message ?? ''}`)
					? `no answer within ${loginTimeout.ms / 1000} s`
					: redactSecrets(`${code ?? ''} ${message ?? ''}`.trim(), secrets);
				status = undefined;
			}
			const transient = networkProblem !== undefined || status === 429 || (status !== undefined && status >= 500);
			if (!transient) break;
		}
		if (sealProblem !== undefined) throw new UserError(`AIRudder login at ${baseUrl}: ${sealProblem}`);
		if (networkProblem !== undefined) {
			throw new UserError(`Cannot reach AIRudder at ${baseUrl} (${networkProblem}). Check the Base URL and the network.`);
		}
		const data = (body as IDataObject | undefined)?.[envelope.data] as IDataObject | undefined;
		const token = data?.[auth.token];
		const succeeded = status !== undefined && status < 400 && (body as IDataObject)?.[envelope.code] === envelope.successCode;
		if (!succeeded || typeof token !== 'string' || token === '') {
			throw new UserError(redactSecrets(describeLoginFailure(baseUrl, status, body), secrets));
		}
		return { token };
	}

	/**
	 * `Authorization: Token <token>`. A function, not n8n's generic form: n8n would evaluate a generic
	 * form's expression in its expression engine for every request (BENCHMARKS.md has the cost).
	 */
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const { header, scheme } = conventions.authorization;
		return { ...requestOptions, headers: { ...requestOptions.headers, [header]: `${scheme} ${String(credentials.token ?? '')}` } };
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: endpoints.robotGetMany.path,
			method: endpoints.robotGetMany.method,
			headers: userAgentHeaders(),
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: {
					key: envelope.code,
					value: conventions.tokenInvalid.bodyCode,
					message: TOKEN_REFUSED_MESSAGE,
				},
			},
		],
	};
}
