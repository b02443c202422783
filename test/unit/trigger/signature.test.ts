// Test-only code: it never ships (package.json "files" is ["dist"]).
import { createHmac } from 'crypto';

import { signBody, verifySignature } from '../../../nodes/ICall/trigger/signature';

const secret = 'signing-secret';
const body = Buffer.from('{"conversation_id":"c1","session_end_reason":"timeout"}');
const goodSignature = createHmac('sha256', secret).update(body).digest('hex');

describe('verifySignature (modeled: hex HMAC-SHA256 of the raw body)', () => {
	it('signs like a plain HMAC-SHA256 hex digest', () => {
		expect(signBody(body, secret)).toBe(goodSignature);
	});

	it('accepts a matching signature, also in upper case or with spaces around it', () => {
		expect(verifySignature(body, goodSignature, secret)).toEqual({ ok: true });
		expect(verifySignature(body, ` ${goodSignature.toUpperCase()} `, secret)).toEqual({ ok: true });
		expect(verifySignature(body.toString(), [goodSignature], secret)).toEqual({ ok: true });
	});

	it('refuses a signature made with another secret or over another body', () => {
		expect(verifySignature(body, signBody(body, 'other'), secret)).toEqual({ ok: false, reason: expect.stringContaining('does not match') });
		expect(verifySignature(Buffer.from(`${body.toString()} `), goodSignature, secret).ok).toBe(false);
	});

	it('refuses a missing or malformed header with a reason', () => {
		expect(verifySignature(body, undefined, secret)).toEqual({ ok: false, reason: 'Missing X-AIRudder-Sign header' });
		expect(verifySignature(body, '', secret).ok).toBe(false);
		expect(verifySignature(body, 'sha1=abc', secret)).toEqual({ ok: false, reason: expect.stringContaining('not a hex') });
	});

	it('never puts the secret in the reason', () => {
		expect(JSON.stringify(verifySignature(body, signBody(body, 'x'), secret))).not.toContain(secret);
	});
});
