// Dev tooling for the iCall sandbox: never ships in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports */
import type { IncomingHttpHeaders } from 'node:http';
import type { TokenStore } from '../auth';
import { conventions } from '../contract';
import { SandboxError, sandboxErrorCodes } from './envelope';

const headerName = conventions.authorization.header.toLowerCase();
const scheme = conventions.authorization.scheme;

/** An expired or unknown token: the case that `tokenExpiryAs: 'body401'` answers with HTTP 200. */
export class TokenRejectedError extends SandboxError {
	constructor(message: string) {
		super(401, sandboxErrorCodes.unauthorized, message);
	}
}

/**
 * Checks `Authorization: Token <token>` (the word Token, one space, exactly). A valid token has
 * its lifetime restarted by the store. Returns the refusal, or undefined when the request may proceed.
 */
export function checkAuthorization(
	headers: IncomingHttpHeaders,
	tokens: TokenStore,
	forceExpiry: boolean,
): SandboxError | undefined {
	const value = headers[headerName];
	const hint = `send "${conventions.authorization.header}: ${scheme} <token>" with the token from POST ${conventions.auth.path}`;
	if (typeof value !== 'string' || value === '') {
		return SandboxError.unauthorized(`${conventions.authorization.header} header missing: ${hint}`);
	}
	const match = new RegExp(`^${scheme} (\\S+)$`).exec(value);
	if (!match) {
		const used = value.split(' ')[0];
		return SandboxError.unauthorized(`${conventions.authorization.header} header must be "${scheme} <token>" (got "${used} ..."): ${hint}`);
	}
	const token = match[1];
	if (forceExpiry) tokens.expire(token);
	const state = tokens.check(token);
	if (state === 'valid') return undefined;
	const message = state === 'expired' ? 'token expired: log in again' : 'token is invalid: log in again';
	return new TokenRejectedError(`${message} (POST ${conventions.auth.path})`);
}
