/**
 * The session of each credential in this process: one login at a time, the credentials of a node
 * run read once, and every secret seen, so that no error or output can carry one.
 *
 * Items run in parallel, a node run sends pages and chunks at once, and one worker runs several
 * executions at the same time: left alone, each request that finds no token or a refused one would
 * log in by itself. That is one login per request in flight instead of one per token.
 */
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

interface Login {
	/** The token that failed: refused by AIRudder, or '' when the credential had none yet. */
	from: string;
	done: Promise<void>;
}

/**
 * All the state the wire layer keeps between requests, in one place. Logins and secrets belong to
 * the process (every run and execution using a credential shares them); a run's credentials are
 * held only as long as n8n holds the run.
 */
const session = {
	/** The login under way, per credential. */
	loginsInFlight: new Map<string, Login>(),
	/** The credentials of one node run (one n8n context), read once. */
	credentialsByRun: new WeakMap<object, Promise<ICredentialDataDecryptedObject>>(),
	/** Every secret seen in a credential or issued by a login, oldest first. */
	secretsSeen: new Set<string>(),
};

/** For tests: a process that has not logged in or seen anything yet. */
export function forgetSession(): void {
	session.loginsInFlight.clear();
	session.credentialsByRun = new WeakMap();
	session.secretsSeen.clear();
}

export interface LoginSteps {
	/** The token the credential store holds now (through n8n, so another worker's login counts). */
	readStoredToken: () => Promise<string>;
	/** Logs in and stores the new token. */
	logIn: () => Promise<void>;
}

/**
 * Resolves once the credential holds a token other than `failedToken`: the token AIRudder refused,
 * or '' for a credential that has none yet. The first caller for that token checks the store (another
 * execution or worker may have replaced it already) and logs in only if it has not; every other
 * caller for the same token waits for that one login. A caller whose failed token was already
 * replaced starts a check that finds the newer token and so never logs in.
 * Rejects with the login's error; a failed login is not kept, so the next caller tries again.
 */
export async function ensureNewerToken(credentialKey: string, failedToken: string, steps: LoginSteps): Promise<void> {
	const running = session.loginsInFlight.get(credentialKey);
	if (running && running.from === failedToken) return await running.done;
	// Registered before any await: a second caller in the same tick joins this login.
	const login: Login = { from: failedToken, done: logInUnlessReplaced(failedToken, steps) };
	session.loginsInFlight.set(credentialKey, login);
	const forget = () => {
		if (session.loginsInFlight.get(credentialKey) === login) session.loginsInFlight.delete(credentialKey);
	};
	// Forgotten once settled: the next failure of this token (a later expiry, a failed login) starts afresh.
	login.done.then(forget, forget);
	await login.done;
}

async function logInUnlessReplaced(failedToken: string, steps: LoginSteps): Promise<void> {
	const stored = await steps.readStoredToken();
	if (stored !== '' && stored !== failedToken) return;
	await steps.logIn();
}

/**
 * The credentials of one node run, read once: n8n reads and decrypts them from its database on
 * every call, one query at a time, so requests that start together share the read in flight.
 *
 * Only credentials with a token are kept: a run waiting for its first login must read the token
 * another request stores. `fresh` reads again and replaces what is kept (after a login).
 */
export async function credentialsOfRun(
	run: object,
	read: () => Promise<ICredentialDataDecryptedObject>,
	{ fresh = false }: { fresh?: boolean } = {},
): Promise<ICredentialDataDecryptedObject> {
	const kept = fresh ? undefined : session.credentialsByRun.get(run);
	if (kept) return await kept;
	const reading = read();
	session.credentialsByRun.set(run, reading);
	const forget = () => {
		if (session.credentialsByRun.get(run) === reading) session.credentialsByRun.delete(run);
	};
	// Registered before any caller awaits: a read without a token, or a failed one, is gone by then.
	reading.then((credentials) => (credentials.token ? undefined : forget()), forget);
	return await reading;
}

/** Enough for years of daily tokens on many credentials; the oldest are forgotten first. */
const MAX_REMEMBERED = 500;

/** The credential's password fields (a unit test keeps this list equal to the credential's). */
export const SECRET_FIELDS = ['appSecret', 'encryptionSecretKey', 'token'];

/**
 * Learns the secrets of these credential values. Called with every credential read and with the
 * values a login has just written its token into: an error built after a login can carry the old
 * token (a server echoing the request) or the new one, so both stay masked.
 */
export function rememberSecrets(credentials: ICredentialDataDecryptedObject): void {
	const seen = session.secretsSeen;
	for (const field of SECRET_FIELDS) {
		const value = credentials[field];
		if (typeof value !== 'string' || value === '') continue;
		seen.delete(value);
		seen.add(value);
	}
	while (seen.size > MAX_REMEMBERED) seen.delete(seen.values().next().value as string);
}

export function rememberedSecrets(): string[] {
	return [...session.secretsSeen];
}
