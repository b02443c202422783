// Test code never ships: the gate lets only one request log in on a fresh credential.
/* eslint-disable @n8n/community-nodes/no-restricted-globals */
import { throughLoginGate } from '../../../nodes/ICall/api/session';

describe('login gate', () => {
	it('sends the first request alone when there is no token, then the rest with the stored token', async () => {
		const store = { token: '' };
		const events: string[] = [];
		const context = `credential-${Math.random()}`;
		const send = async (credentials: { token?: unknown }) => {
			events.push(`start:${String(credentials.token)}`);
			await new Promise((resolve) => setImmediate(resolve));
			if (!store.token) store.token = 'fresh';
			events.push('end');
			return credentials.token;
		};
		const results = await Promise.all(
			Array.from({ length: 5 }, async () => await throughLoginGate(context, async () => ({ ...store }), send)),
		);
		expect(events.slice(0, 2)).toEqual(['start:', 'end']);
		expect(events.filter((event) => event === 'start:')).toHaveLength(1);
		expect(results.filter((token) => token === 'fresh')).toHaveLength(4);
	});

	it('does not serialise when a token is already stored', async () => {
		let inFlight = 0;
		let peak = 0;
		const send = async () => {
			peak = Math.max(peak, ++inFlight);
			await new Promise((resolve) => setImmediate(resolve));
			inFlight--;
		};
		const context = `credential-${Math.random()}`;
		await Promise.all(Array.from({ length: 5 }, async () => await throughLoginGate(context, async () => ({ token: 't' }), send)));
		expect(peak).toBe(5);
	});
});
