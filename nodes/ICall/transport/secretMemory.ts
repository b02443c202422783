import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

/**
 * Every secret this process has seen in a credential: the app secret, the encryption key and each
 * token, including one issued in the middle of a run. An error built after a re-login can still
 * carry the old token (a server echoing the request) or the new one, so both stay masked.
 */
const seen = new Set<string>();

/** Enough for years of daily tokens on many credentials; the oldest are forgotten first. */
const MAX_REMEMBERED = 500;

/** The credential's password fields (a unit test keeps this list equal to the credential's). */
export const SECRET_FIELDS = ['appSecret', 'encryptionSecretKey', 'token'];

export function rememberSecrets(credentials: ICredentialDataDecryptedObject): void {
	for (const field of SECRET_FIELDS) {
		const value = credentials[field];
		if (typeof value !== 'string' || value === '') continue;
		seen.delete(value);
		seen.add(value);
	}
	while (seen.size > MAX_REMEMBERED) seen.delete(seen.values().next().value as string);
}

export function rememberedSecrets(): string[] {
	return [...seen];
}
