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
