import type { IHookFunctions, IWebhookFunctions } from 'n8n-workflow';

import type { SettingsResult } from './settings';
import { encryptionKeyProblem } from './settings';

/**
 * Versions 1 and 1.1 kept the callback secrets in node parameters. Workflows saved with them keep
 * working: the token and X-AIRudder-Sign checks are unchanged, and "Decrypt Body" now reads the
 * vendor's scheme (AES-ECB, key as text, base64). The first edition also offered AES-CBC, an IV, hex
 * or base64 keys and hex ciphertext; AIRudder uses none of them, so a node set to one of those is
 * refused with a message saying how to move to version 2.
 */

export const LEGACY_VENDOR_SETTINGS = { aesMode: 'aes-128-ecb', aesKeyFormat: 'utf8', ciphertextEncoding: 'base64' } as const;

const UPGRADE =
	'Add the AIRudder iCall Trigger to the workflow again (version 2), put the Encryption Key in an AIRudder iCall Callback API credential, and send AIRudder the new Production URL';

export function readLegacySettings(ctx: IWebhookFunctions | IHookFunctions): SettingsResult {
	const parameter = (name: string, fallback: unknown) => ctx.getNodeParameter(name, fallback);
	const requireToken = parameter('requireToken', false) as boolean;
	const verifySignature = parameter('verifySignature', false) as boolean;
	const decryptBody = parameter('decryptBody', false) as boolean;
	const savedToken = parameter('token', '') as string;

	let key: string | undefined;
	if (decryptBody) {
		const unsupported = Object.entries(LEGACY_VENDOR_SETTINGS).filter(([name, vendor]) => parameter(name, vendor) !== vendor);
		if (unsupported.length > 0) {
			const names = unsupported.map(([name]) => `"${name}" = "${String(parameter(name, ''))}"`).join(', ');
			return {
				ok: false,
				reason: `This trigger (version ${ctx.getNode().typeVersion}) is set to ${names}, which AIRudder's encryption does not use (it is AES-ECB with the key as text and base64 ciphertext). ${UPGRADE}`,
			};
		}
		key = parameter('aesKey', '') as string;
		const keyProblem = encryptionKeyProblem(key);
		if (keyProblem) return { ok: false, reason: `AES Key: ${keyProblem}` };
	}
	return {
		ok: true,
		settings: {
			token: requireToken
				? {
						expectedToken: savedToken,
						queryParameter: parameter('authQueryParameter', '') as string,
						headerName: parameter('authHeaderName', '') as string,
					}
				: undefined,
			knownToken: savedToken === '' ? undefined : savedToken,
			signingSecret: verifySignature ? (parameter('signingSecret', '') as string) : undefined,
			decryption: {
				mode: decryptBody ? 'always' : 'flagged',
				key,
				ciphertextField: parameter('ciphertextField', 'data') as string,
			},
		},
	};
}
