import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

/** One gate per node run: n8n gives every call of a node's `execute` the same context object. */
const gates = new WeakMap<object, Promise<void>>();

/**
 * n8n logs in (the credential's `preAuthentication`) inside every request that finds the token
 * empty, and items run in parallel: on a fresh credential each parallel worker would log in.
 * So the first request of a node run that finds no token goes alone; the others wait for it and
 * then use the token it stored. Once the gate has opened it never closes again, so a token that
 * stays empty (a failed login) costs one serialized request, never a serialized run.
 */
export async function throughLoginGate<T>(
	context: object,
	readCredentials: () => Promise<ICredentialDataDecryptedObject>,
	send: (credentials: ICredentialDataDecryptedObject) => Promise<T>,
): Promise<T> {
	const opened = gates.get(context);
	if (opened) await opened;
	const credentials = await readCredentials();
	if (opened || credentials.token) return await send(credentials);
	// Another request may have closed the gate while we were reading the credentials.
	const raced = gates.get(context);
	if (raced) {
		await raced;
		return await send(await readCredentials());
	}
	let open = () => {};
	gates.set(context, new Promise<void>((resolve) => (open = resolve)));
	try {
		return await send(credentials);
	} finally {
		open();
	}
}
