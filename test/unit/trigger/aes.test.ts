// Test-only code: it never ships (package.json "files" is ["dist"]).
import type { AesSettings } from '../../../nodes/ICall/helpers/aes';
import { AesError, aesModes, decryptAes, encryptAes } from '../../../nodes/ICall/helpers/aes';
import { decryptCallbackBody } from '../../../nodes/ICall/trigger/decryptBody';

const keys = { 16: '0123456789abcdef', 32: '0123456789abcdef0123456789abcdef' };
const iv = 'fedcba9876543210';

function settingsFor(mode: AesSettings['mode'], encoding: AesSettings['encoding']): AesSettings {
	return { mode, key: mode.startsWith('aes-256') ? keys[32] : keys[16], iv, encoding };
}

const cases = aesModes.flatMap((mode) => (['base64', 'hex'] as const).map((encoding) => [mode, encoding] as const));
const payload = { CallID: 'c-1', Callee: '+6281234567890', Note: 'Grüße, 你好' };

describe('AES helpers', () => {
	it.each(cases)('%s with %s ciphertext round-trips UTF-8 JSON', (mode, encoding) => {
		const settings = settingsFor(mode, encoding);
		const ciphertext = encryptAes(JSON.stringify(payload), settings);
		expect(ciphertext).toMatch(encoding === 'hex' ? /^[0-9a-f]+$/ : /^[A-Za-z0-9+/]+=*$/);
		expect(JSON.parse(decryptAes(ciphertext, settings))).toEqual(payload);
	});

	it('accepts keys and IVs written as hex or base64', () => {
		const hexSettings: AesSettings = {
			mode: 'aes-128-cbc',
			key: Buffer.from(keys[16]).toString('hex'),
			iv: Buffer.from(iv).toString('hex'),
			encoding: 'base64',
			keyFormat: 'hex',
		};
		const ciphertext = encryptAes('hello', settingsFor('aes-128-cbc', 'base64'));
		expect(decryptAes(ciphertext, hexSettings)).toBe('hello');
		const base64Settings: AesSettings = { ...hexSettings, key: Buffer.from(keys[16]).toString('base64'), iv: Buffer.from(iv).toString('base64'), keyFormat: 'base64' };
		expect(decryptAes(ciphertext, base64Settings)).toBe('hello');
	});

	it('names a key of the wrong length without showing it', () => {
		const attempt = () => decryptAes('AAAA', { mode: 'aes-256-cbc', key: 'short-key', iv, encoding: 'base64' });
		expect(attempt).toThrow(AesError);
		expect(attempt).toThrow('aes-256-cbc needs a 32-byte key; the key given is 9 bytes (utf8)');
	});

	it('asks for an IV in CBC modes and ignores it in ECB', () => {
		expect(() => encryptAes('x', { mode: 'aes-128-cbc', key: keys[16], encoding: 'hex' })).toThrow('needs a 16-byte IV');
		const ecb = encryptAes('x', { mode: 'aes-128-ecb', key: keys[16], encoding: 'hex' });
		expect(decryptAes(ecb, { mode: 'aes-128-ecb', key: keys[16], iv: 'anything', encoding: 'hex' })).toBe('x');
	});

	it('explains garbage ciphertext instead of failing obscurely', () => {
		const settings = settingsFor('aes-128-ecb', 'base64');
		expect(() => decryptAes('not base64 at all!', settings)).toThrow('The ciphertext is not valid base64');
		expect(() => decryptAes('zz', settingsFor('aes-128-ecb', 'hex'))).toThrow('The ciphertext is not valid hex');
		expect(() => decryptAes('AAAA', settings)).toThrow('AES needs a non-empty multiple of 16');
	});

	it('reports a wrong key as a padding failure', () => {
		const ciphertext = encryptAes(JSON.stringify(payload), settingsFor('aes-128-cbc', 'base64'));
		// With a wrong key, the padding check fails except by a 1-in-256 fluke; this key and text do fail.
		expect(() => decryptAes(ciphertext, { ...settingsFor('aes-128-cbc', 'base64'), key: 'f'.repeat(16) })).toThrow(
			'The PKCS#7 padding check failed',
		);
	});
});

describe('decryptCallbackBody', () => {
	const settings = settingsFor('aes-256-cbc', 'base64');
	const ciphertext = encryptAes(JSON.stringify(payload), settings);

	it('reads {"data": "<ciphertext>"}', () => {
		const body = { data: ciphertext };
		expect(decryptCallbackBody(body, JSON.stringify(body), settings)).toEqual({ ok: true, payload });
	});

	it('reads the ciphertext as the whole body, parsed as text or left raw', () => {
		expect(decryptCallbackBody(ciphertext, ciphertext, settings)).toEqual({ ok: true, payload });
		expect(decryptCallbackBody({}, `${ciphertext}\n`, settings)).toEqual({ ok: true, payload });
		expect(decryptCallbackBody({ other: 1 }, '{"other":1}', settings)).toEqual({
			ok: false,
			reason: expect.stringContaining('No ciphertext found'),
		});
		expect(decryptCallbackBody(undefined, ciphertext, settings)).toEqual({ ok: true, payload });
	});

	it('reads a custom field name', () => {
		const body = { payload: ciphertext };
		expect(decryptCallbackBody(body, JSON.stringify(body), settings, 'payload')).toEqual({ ok: true, payload });
	});

	it('fails with a reason when the settings are wrong or the plaintext is not JSON', () => {
		const wrongKey = decryptCallbackBody({ data: ciphertext }, '', { ...settings, key: keys[16] });
		expect(wrongKey).toEqual({ ok: false, reason: expect.stringContaining('needs a 32-byte key') });
		const notJson = encryptAes('plain words', settings);
		expect(decryptCallbackBody({ data: notJson }, '', settings)).toEqual({
			ok: false,
			reason: 'The body decrypted, but the result is not JSON: check the mode, key and IV',
		});
		expect(decryptCallbackBody({ data: 'garbage!!' }, '', settings)).toEqual({
			ok: false,
			reason: 'Could not decrypt the body: The ciphertext is not valid base64',
		});
	});
});
