import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

/** One gate per credential for the whole process: the items of a run and concurrent executions share it. */
const gates = new Map<string, Promise<void>>();

/**
 * n8n logs in (the credential's `preAuthentication`) inside every request that finds the token
 * empty, and items and executions run in parallel: on a fresh credential each of them would log
 * in. So the first request that finds no token goes alone; the others wait for it and then use
 * the token it stored. If it stored none (the login failed), the next waiter goes alone in turn.
 */
export async function throughLoginGate<T>(
	credentialKey: string,
	readCredentials: () => Promise<ICredentialDataDecryptedObject>,
	send: (credentials: ICredentialDataDecryptedObject) => Promise<T>,
): Promise<T> {
	for (;;) {
		const pending = gates.get(credentialKey);
		if (pending) await pending;
		const credentials = await readCredentials();
		if (credentials.token) return await send(credentials);
		// Another request may have closed the gate while we were reading the credentials.
		if (gates.has(credentialKey)) continue;
		let open = () => {};
		gates.set(credentialKey, new Promise<void>((resolve) => (open = resolve)));
		try {
			return await send(credentials);
		} finally {
			gates.delete(credentialKey);
			open();
		}
	}
}
