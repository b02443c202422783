// Test-only code: it never ships (package.json "files" is ["dist"]).
import { createHash, createHmac } from 'crypto';

import { redactDeep } from '../../../nodes/ICall/api/redact';
import { checkRequestToken, headersWithoutToken, queryWithoutToken, signBody, verifySignature } from '../../../nodes/ICall/trigger/verify';

const settings = { expectedToken: 's3cret-value', queryParameter: 'token', headerName: 'X-AIRudder-Token' };

describe('checkRequestToken', () => {
	it('accepts the token in the query', () => {
		expect(checkRequestToken({ token: 's3cret-value' }, {}, settings)).toEqual({ ok: true });
	});

	it('accepts the token in the header, whatever the header name case', () => {
		expect(checkRequestToken({}, { 'x-airudder-token': 's3cret-value' }, settings)).toEqual({ ok: true });
	});

	it('refuses a missing token and says where it was expected', () => {
		const result = checkRequestToken({}, {}, settings);
		expect(result).toEqual({
			ok: false,
			reason: 'Missing secret token: expected in the query parameter "token" or header "X-AIRudder-Token"',
		});
	});

	it('refuses a wrong token without echoing either value', () => {
		const result = checkRequestToken({ token: 'guess' }, {}, settings);
		expect(result.ok).toBe(false);
		expect(JSON.stringify(result)).not.toContain('s3cret-value');
		expect(JSON.stringify(result)).not.toContain('guess');
	});

	it('refuses an empty token even if the expected one were empty', () => {
		expect(checkRequestToken({ token: '' }, {}, { ...settings, expectedToken: '' }).ok).toBe(false);
	});

	it('falls through an empty value in one place to the other', () => {
		expect(checkRequestToken({ token: '' }, { 'x-airudder-token': 's3cret-value' }, settings)).toEqual({ ok: true });
		expect(checkRequestToken({ token: 's3cret-value' }, { 'x-airudder-token': '' }, settings)).toEqual({ ok: true });
		expect(checkRequestToken({ token: [''] }, { 'x-airudder-token': 's3cret-value' }, settings)).toEqual({ ok: true });
	});

	it('uses the first value of a repeated query parameter', () => {
		expect(checkRequestToken({ token: ['s3cret-value', 'other'] }, {}, settings).ok).toBe(true);
	});
});

describe('keeping the token out of the output', () => {
	it('drops the token header and the token query parameter only', () => {
		expect(headersWithoutToken({ 'x-airudder-token': 's', 'user-agent': 'Airudder' }, 'X-AIRudder-Token')).toEqual({
			'user-agent': 'Airudder',
		});
		expect(queryWithoutToken({ token: 's', page: '1' }, 'token')).toEqual({ page: '1' });
		expect(headersWithoutToken({ a: '1' }, undefined)).toEqual({ a: '1' });
	});
});

describe('masking the callback token (redactDeep, any length)', () => {
	const maskSecret = <T>(value: T, secret: string | undefined): T => redactDeep(value, [secret], { anyLength: true });

	it('masks the secret as written and as percent-encoded in a URL, in keys and nested values', () => {
		const secret = 'a b/c+d';
		const masked = maskSecret(
			{ raw: `x${secret}y`, url: `/w?token=${encodeURIComponent(secret)}`, form: 'token=a+b%2Fc%2Bd', [secret]: [secret, 1, null] },
			secret,
		);
		expect(masked).toEqual({ raw: 'x***y', url: '/w?token=***', form: 'token=***', '***': ['***', 1, null] });
		// A token the user chose is masked however short it is.
		expect(maskSecret({ q: 'k=ab' }, 'ab')).toEqual({ q: 'k=***' });
	});

	it('leaves everything as it is without a secret', () => {
		const value = { a: 'b', c: ['d'] };
		expect(maskSecret(value, undefined)).toBe(value);
		expect(maskSecret(value, '')).toBe(value);
	});
});

const secret = 'signing-secret';
const hmac = { style: 'hmacSha256', secret } as const;
const body = Buffer.from('{"conversation_id":"c1","session_end_reason":"timeout"}');
const goodSignature = createHmac('sha256', secret).update(body).digest('hex');

describe('verifySignature (modeled: hex HMAC-SHA256 of the raw body)', () => {
	it('signs like a plain HMAC-SHA256 hex digest', () => {
		expect(signBody(body, hmac)).toBe(goodSignature);
	});

	it('accepts a matching signature, also in upper case or with spaces around it', () => {
		expect(verifySignature(body, goodSignature, hmac)).toEqual({ ok: true });
		expect(verifySignature(body, ` ${goodSignature.toUpperCase()} `, hmac)).toEqual({ ok: true });
		expect(verifySignature(body.toString(), [goodSignature], hmac)).toEqual({ ok: true });
	});

	it('refuses a signature made with another secret or over another body', () => {
		expect(verifySignature(body, signBody(body, { style: 'hmacSha256', secret: 'other' }), hmac)).toEqual({ ok: false, reason: expect.stringContaining('does not match') });
		expect(verifySignature(Buffer.from(`${body.toString()} `), goodSignature, hmac).ok).toBe(false);
	});

	it('refuses a missing or malformed header with a reason', () => {
		expect(verifySignature(body, undefined, hmac)).toEqual({ ok: false, reason: 'Missing X-AIRudder-Sign header' });
		expect(verifySignature(body, '', hmac).ok).toBe(false);
		expect(verifySignature(body, 'sha1=abc', hmac)).toEqual({ ok: false, reason: expect.stringContaining('not a hex HMAC-SHA256') });
	});

	it('never puts the secret in the reason', () => {
		expect(JSON.stringify(verifySignature(body, signBody(body, { style: 'hmacSha256', secret: 'x' }), hmac))).not.toContain(secret);
	});
});

describe('verifySignature (modeled: keyless hex SHA-256 of the raw body, the style of Signed)', () => {
	const keyless = { style: 'sha256' } as const;
	const bodyHash = createHash('sha256').update(body).digest('hex');

	it('accepts the SHA-256 of the exact bytes, in either case', () => {
		expect(signBody(body, keyless)).toBe(bodyHash);
		expect(verifySignature(body, bodyHash.toUpperCase(), keyless)).toEqual({ ok: true });
	});

	it('refuses the hash of other bytes and an HMAC, saying which check failed', () => {
		expect(verifySignature(Buffer.from(`${body.toString()} `), bodyHash, keyless)).toEqual({ ok: false, reason: 'X-AIRudder-Sign does not match the SHA-256 of the body' });
		expect(verifySignature(body, goodSignature, keyless).ok).toBe(false);
		expect(verifySignature(body, 'abc', keyless)).toEqual({ ok: false, reason: expect.stringContaining('not a hex SHA-256') });
	});
});
