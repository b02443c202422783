import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

/**
 * The credentials of one node run (one n8n context), read once. n8n reads and decrypts them from
 * its database on every call, one query at a time: at 5 parallel requests each request waited
 * for the others' reads (up to 13 ms, about 480 ms over a 100-request upload). Requests that
 * start together share the read in flight.
 *
 * Only credentials with a token are kept: a run waiting for its first login must read the token
 * another request stores. A renewal reads afresh and replaces what is kept.
 */
const keptByRun = new WeakMap<object, Promise<ICredentialDataDecryptedObject>>();

export async function credentialsOfRun(
	run: object,
	read: () => Promise<ICredentialDataDecryptedObject>,
	{ fresh = false }: { fresh?: boolean } = {},
): Promise<ICredentialDataDecryptedObject> {
	const kept = fresh ? undefined : keptByRun.get(run);
	if (kept) return await kept;
	const reading = read();
	keptByRun.set(run, reading);
	const forget = () => {
		if (keptByRun.get(run) === reading) keptByRun.delete(run);
	};
	// Registered before any caller awaits: a read without a token, or a failed one, is gone by then.
	reading.then((credentials) => (credentials.token ? undefined : forget()), forget);
	return await reading;
}
