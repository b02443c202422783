// Test code never ships: one login at a time per credential, for a first token as for a refused one.
/* eslint-disable @n8n/community-nodes/no-restricted-globals */
import { ensureNewerToken, forgetSession } from '../../../nodes/ICall/api/session';

/** A credential store whose login takes a turn of the event loop, and counts itself. */
function credentialStore(token: string) {
	const store = { token, logins: 0 };
	const steps = {
		readStoredToken: async () => store.token,
		logIn: async () => {
			store.logins++;
			await new Promise((resolve) => setImmediate(resolve));
			store.token = `new-${store.logins}`;
		},
	};
	return { store, steps };
}

beforeEach(() => forgetSession());

describe('first login (no token yet)', () => {
	it.each([1, 5, 50])('logs in once for %i callers at once', async (callers) => {
		const { store, steps } = credentialStore('');
		await Promise.all(Array.from({ length: callers }, async () => await ensureNewerToken('cred', '', steps)));
		expect(store.logins).toBe(1);
		expect(store.token).toBe('new-1');
	});

	it('lets the next caller log in when the first login stored no token', async () => {
		let attempts = 0;
		const steps = { readStoredToken: async () => '', logIn: async () => void attempts++ };
		await Promise.all([1, 2, 3].map(async () => await ensureNewerToken('cred', '', steps)));
		expect(attempts).toBe(1);
		await ensureNewerToken('cred', '', steps);
		expect(attempts).toBe(2);
	});

	it('does not log in when another worker stored a token meanwhile', async () => {
		const logIn = jest.fn(async () => undefined);
		await ensureNewerToken('cred', '', { readStoredToken: async () => 'stored-elsewhere', logIn });
		expect(logIn).not.toHaveBeenCalled();
	});
});

describe('renewal (a refused token)', () => {
	it('logs in once for every request refused with the same token', async () => {
		const { store, steps } = credentialStore('old');
		await Promise.all(Array.from({ length: 50 }, async () => await ensureNewerToken('cred', 'old', steps)));
		expect(store.logins).toBe(1);
		// A late refusal of the old token does not log in again.
		await ensureNewerToken('cred', 'old', steps);
		expect(store.logins).toBe(1);
		// The next expiry (of the new token) does.
		await ensureNewerToken('cred', 'new-1', steps);
		expect(store.logins).toBe(2);
	});

	it('skips the login when another worker already stored a new token', async () => {
		const logIn = jest.fn(async () => undefined);
		await ensureNewerToken('cred', 'old', { readStoredToken: async () => 'renewed-elsewhere', logIn });
		expect(logIn).not.toHaveBeenCalled();
	});

	it('shares a failed login with the waiters and lets the next refusal try again', async () => {
		let attempts = 0;
		const steps = {
			readStoredToken: async () => 'old',
			logIn: async () => {
				attempts++;
				throw new Error('wrong secret');
			},
		};
		const results = await Promise.allSettled([1, 2, 3].map(async () => await ensureNewerToken('cred', 'old', steps)));
		expect(results.every((result) => result.status === 'rejected')).toBe(true);
		expect(attempts).toBe(1);
		await expect(ensureNewerToken('cred', 'old', steps)).rejects.toThrow('wrong secret');
		expect(attempts).toBe(2);
	});

	it('keeps credentials apart: each logs in for itself', async () => {
		const first = credentialStore('old');
		const second = credentialStore('old');
		await Promise.all([ensureNewerToken('a', 'old', first.steps), ensureNewerToken('b', 'old', second.steps)]);
		expect([first.store.logins, second.store.logins]).toEqual([1, 1]);
	});
});
