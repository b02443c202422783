import type { IHookFunctions, IWebhookFunctions } from 'n8n-workflow';
import { AesError, encryptionKeyBytes } from '../api/crypto';
import type { SignatureCheck, SignatureStyle, TokenCheckSettings } from './verify';

/**
 * What the trigger checks on each callback, read once per request from the node's switches and
 * the secrets of the AIRudder iCall Callback API credential.
 */

export const CALLBACK_CREDENTIAL = 'iCallCallbackApi';
export const CREDENTIAL_TITLE = 'AIRudder iCall Callback API';

/** `flagged`: decrypt the callbacks that carry `Is-Encrypted: 1`; `always`: every callback must be encrypted. */
export type DecryptionMode = 'flagged' | 'always';

export interface CallbackSettings {
	token?: TokenCheckSettings;
	/** The Callback Token whether or not it is checked: it is masked in the output all the same. */
	knownToken?: string;
	signature?: SignatureCheck;
	decryption: { mode: DecryptionMode; key?: string };
}

export type SettingsResult = { ok: true; settings: CallbackSettings } | { ok: false; reason: string };

/** The credential's fields (credentials/ICallCallbackApi.credentials.ts). */
export interface CallbackSecrets {
	callbackToken?: string;
	queryParameterName?: string;
	headerName?: string;
	signingSecret?: string;
	encryptionSecretKey?: string;
}

export interface SecretNeeds {
	token?: boolean;
	signingSecret?: boolean;
	encryptionKey?: boolean;
}

const filled = (value: unknown): value is string => typeof value === 'string' && value !== '';

/**
 * What is wrong with the secrets for the switches that are on, in words that name the field and
 * say what to do (never a value). An Encryption Key, when given, must have a length AES takes.
 */
export function callbackSecretProblems(secrets: CallbackSecrets | undefined, needs: SecretNeeds): string[] {
	const where = secrets ? `the ${CREDENTIAL_TITLE} credential has no` : `no ${CREDENTIAL_TITLE} credential is selected, so there is no`;
	const problems: string[] = [];
	if (needs.token && !filled(secrets?.callbackToken)) problems.push(`Require Secret Token is on, but ${where} Callback Token`);
	if (needs.token && secrets && !filled(secrets.queryParameterName) && !filled(secrets.headerName)) {
		problems.push('Require Secret Token is on, but the credential names neither a Token Query Parameter nor a Token Header');
	}
	if (needs.signingSecret && !filled(secrets?.signingSecret)) problems.push(`Verify X-AIRudder-Sign is on, but ${where} Signing Secret`);
	if (needs.encryptionKey && !filled(secrets?.encryptionSecretKey)) problems.push(`Encrypted Callbacks is set to Always, but ${where} Encryption Key`);
	const keyProblem = filled(secrets?.encryptionSecretKey) ? encryptionKeyProblem(secrets.encryptionSecretKey) : undefined;
	if (keyProblem) problems.push(`${CREDENTIAL_TITLE} credential: ${keyProblem}`);
	return problems;
}

/** Why AES cannot take the key (its length), in words without the key; undefined when it can. */
function encryptionKeyProblem(key: string): string | undefined {
	try {
		encryptionKeyBytes(key);
		return undefined;
	} catch (error) {
		return error instanceof AesError ? error.message : 'The Encryption Key cannot be used as an AES key';
	}
}

/** What the X-AIRudder-Sign check compares with, when the switch is on; the secret is known filled by then. */
function signatureCheck(on: boolean, style: SignatureStyle, secret: string | undefined): SignatureCheck | undefined {
	if (!on) return undefined;
	return style === 'hmacSha256' ? { style, secret: secret ?? '' } : { style };
}

async function readCallbackSecrets(ctx: IWebhookFunctions | IHookFunctions): Promise<CallbackSecrets | undefined> {
	try {
		return (await ctx.getCredentials(CALLBACK_CREDENTIAL)) as CallbackSecrets;
	} catch {
		// No credential selected: fine as long as no switch needs a secret (checked by the caller).
		return undefined;
	}
}

/**
 * `markedEncrypted`: whether the callback at hand says `Is-Encrypted: 1`. n8n loads and decrypts a
 * credential from its database on every read, so a callback that needs no secret (no switch on, not
 * encrypted, no credential selected) is handled without reading it; publishing (no callback at
 * hand) always reads it. A selected credential is read even with every switch off: its Callback
 * Token may be in the URL anyway, and must be known to be masked in the output.
 */
export async function readCallbackSettings(
	ctx: IWebhookFunctions | IHookFunctions,
	{ markedEncrypted = true }: { markedEncrypted?: boolean } = {},
): Promise<SettingsResult> {
	const verifySignature = ctx.getNodeParameter('verifySignature', false) as boolean;
	const signatureStyle = (verifySignature ? ctx.getNodeParameter('signatureStyle', 'hmacSha256') : 'hmacSha256') as SignatureStyle;
	const needs: SecretNeeds = {
		token: ctx.getNodeParameter('requireToken', false) as boolean,
		signingSecret: verifySignature && signatureStyle === 'hmacSha256',
		encryptionKey: ctx.getNodeParameter('encryptedCallbacks', 'flagged') === 'always',
	};
	const selected = ctx.getNode().credentials?.[CALLBACK_CREDENTIAL] !== undefined;
	const usesSecrets = needs.token || needs.signingSecret || needs.encryptionKey || markedEncrypted || selected;
	const secrets = usesSecrets ? await readCallbackSecrets(ctx) : undefined;
	const problems = callbackSecretProblems(secrets, needs);
	if (problems.length > 0) return { ok: false, reason: problems.join('; ') };
	return {
		ok: true,
		settings: {
			token: needs.token
				? {
						expectedToken: secrets?.callbackToken ?? '',
						queryParameter: secrets?.queryParameterName ?? '',
						headerName: secrets?.headerName ?? '',
					}
				: undefined,
			knownToken: filled(secrets?.callbackToken) ? secrets.callbackToken : undefined,
			signature: signatureCheck(verifySignature, signatureStyle, secrets?.signingSecret),
			decryption: {
				mode: needs.encryptionKey ? 'always' : 'flagged',
				key: filled(secrets?.encryptionSecretKey) ? secrets.encryptionSecretKey : undefined,
			},
		},
	};
}
