// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { randomBytes } from 'node:crypto';

export interface SandboxAccount {
	appKey: string;
	appSecret: string;
}

export const demoAccount: SandboxAccount = { appKey: 'demo-key', appSecret: 'demo-secret' };

export type TokenCheck = 'valid' | 'expired' | 'unknown';

interface IssuedToken {
	appKey: string;
	expiresAt: number;
}

/**
 * Tokens with AIRudder's sliding lifetime: a login while the account's token is still valid returns
 * the same token and restarts its lifetime (CONTRACT.md "Token lifetime"); so does every authorised
 * request. Lifetimes run on real time, not on the virtual clock: token refresh is a transport matter
 * and must behave the same whatever speed the call simulation runs at.
 */
export class TokenStore {
	private readonly tokens = new Map<string, IssuedToken>();
	private readonly currentByAccount = new Map<string, string>();

	constructor(
		private readonly accounts: SandboxAccount[],
		private readonly lifetimeMs: number,
		private readonly now: () => number = Date.now,
	) {}

	/** Returns the account's token (same one while valid), or undefined when key or secret is wrong. */
	login(appKey: string, appSecret: string): string | undefined {
		const account = this.accounts.find((candidate) => candidate.appKey === appKey);
		if (!account || account.appSecret !== appSecret) return undefined;
		const current = this.currentByAccount.get(appKey);
		if (current && this.check(current) === 'valid') return current;
		const token = randomBytes(24).toString('hex');
		this.tokens.set(token, { appKey, expiresAt: this.now() + this.lifetimeMs });
		this.currentByAccount.set(appKey, token);
		return token;
	}

	/** Checks a token; a valid one has its lifetime restarted. */
	check(token: string): TokenCheck {
		const issued = this.tokens.get(token);
		if (!issued) return 'unknown';
		if (issued.expiresAt <= this.now()) return 'expired';
		issued.expiresAt = this.now() + this.lifetimeMs;
		return 'valid';
	}

	expire(token: string): void {
		const issued = this.tokens.get(token);
		if (issued) issued.expiresAt = Math.min(issued.expiresAt, this.now());
	}

	expireAll(): void {
		for (const token of this.tokens.keys()) this.expire(token);
	}

	clear(): void {
		this.tokens.clear();
		this.currentByAccount.clear();
	}
}
