/**
 * One login per token expiry, however many requests are in flight.
 *
 * When a token expires mid-run, every request already sent with it is refused at about the same
 * time. Left alone, each would log in (5 logins at 5 parallel requests, 50 at 50). Here the first
 * refused request logs in; every other request refused with the same token waits for that login
 * and then repeats once with the token it stored. A request refused with a token that was already
 * replaced does not log in at all: it simply repeats with the newer token.
 *
 * The renewals are remembered per credential id for the whole process, so parallel items, the
 * pages of one item and concurrent executions of the same worker share them.
 */
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

interface Renewal {
	/** The token that was refused. */
	from: string;
	done: Promise<void>;
}

const renewals = new Map<string, Renewal>();

export interface RenewalSteps {
	/** The token the credential store holds now. */
	readStoredToken: () => Promise<string>;
	/** Logs in and stores the new token (through n8n, so every worker sees it). */
	logIn: () => Promise<void>;
}

/**
 * Called by a request that was refused with `refusedToken`. Resolves once a token other than the
 * refused one is stored; rejects with the login's error when the login failed.
 */
export async function renewRefusedToken(credentialKey: string, refusedToken: string, steps: RenewalSteps): Promise<void> {
	const running = renewals.get(credentialKey);
	if (running && running.from === refusedToken) return await running.done;
	// Set synchronously, before any await: a second refusal in the same tick finds this renewal.
	const renewal: Renewal = { from: refusedToken, done: renewOnce(refusedToken, steps) };
	renewals.set(credentialKey, renewal);
	// A failed login is not remembered: the next refusal may try again.
	renewal.done.catch(() => {
		if (renewals.get(credentialKey) === renewal) renewals.delete(credentialKey);
	});
	await renewal.done;
}

async function renewOnce(refusedToken: string, steps: RenewalSteps): Promise<void> {
	const stored = await steps.readStoredToken();
	// Another execution (or worker) has already replaced the refused token.
	if (stored !== '' && stored !== refusedToken) return;
	await steps.logIn();
}

/** For tests: forget every renewal. */
export function forgetRenewals(): void {
	renewals.clear();
}

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
