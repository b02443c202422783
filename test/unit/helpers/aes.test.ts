// Test-only code: it never ships (package.json "files" is ["dist"]).
import { AesError, decryptAes, encryptAes, encryptionKeyBytes, signPlaintext, signatureMatches } from '../../../nodes/ICall/api/crypto';

/** The vendor's worked example (evidence/06-vendor-examples.md §1), checked both ways. */
const vector = {
	key: 'airudderredduria',
	plaintext: 'TaskID=69f531a01a9df58aa6de2487be610abb',
	ciphertext: 'qbj8cnqKnqR66qDS49ib9ymU1mpMCyp8Dm0gS1VvmnEqTxPGSBzruAU1sapP+cye',
	signed: '6956d7af4c89b89f19f9ae0a8be4bcf12abe7c6ed893691733f3480ad3f3aabc',
};

describe("AIRudder's AES scheme (AES-ECB, zero padding, base64, SHA-256 Signed)", () => {
	it('encrypts the known-answer plaintext to the vendor ciphertext', () => {
		expect(encryptAes(vector.plaintext, vector.key)).toBe(vector.ciphertext);
	});

	it('decrypts the vendor ciphertext to the known plaintext', () => {
		expect(decryptAes(vector.ciphertext, vector.key)).toBe(vector.plaintext);
	});

	it('signs the known plaintext with the vendor Signed value, and checks it', () => {
		expect(signPlaintext(vector.plaintext)).toBe(vector.signed);
		expect(signatureMatches(vector.plaintext, vector.signed.toUpperCase())).toBe(true);
		expect(signatureMatches(`${vector.plaintext}x`, vector.signed)).toBe(false);
	});

	it('pads an aligned plaintext with a whole block of zero bytes', () => {
		const sixteen = 'exactly16bytes!!';
		expect(Buffer.from(encryptAes(sixteen, vector.key), 'base64')).toHaveLength(32);
		expect(decryptAes(encryptAes(sixteen, vector.key), vector.key)).toBe(sixteen);
	});

	it.each([16, 24, 32])('round-trips UTF-8 JSON with a %i-byte key', (length) => {
		const key = 'k'.repeat(length);
		const text = JSON.stringify({ Mobile: '+6281234567890', Note: 'Grüße, 你好' });
		expect(decryptAes(encryptAes(text, key), key)).toBe(text);
	});

	it('names a key of the wrong length without showing it', () => {
		const overlongKey = 'seventeen-chars-k';
		for (const key of ['short', overlongKey, '']) {
			let caught: unknown;
			try {
				encryptionKeyBytes(key);
			} catch (error) {
				caught = error;
			}
			expect(caught).toBeInstanceOf(AesError);
			expect((caught as Error).message).toMatch(/must be 16, 24 or 32 bytes long/);
			if (key) expect((caught as Error).message).not.toContain(key);
		}
	});

	it('refuses what is not ciphertext, and a wrong key, with reasons', () => {
		expect(() => decryptAes('not base64 at all!', vector.key)).toThrow('The data is not base64 ciphertext');
		expect(() => decryptAes('AAAA', vector.key)).toThrow('AES-ECB needs a non-empty multiple of 16');
		expect(() => decryptAes(vector.ciphertext, 'x'.repeat(16))).toThrow(AesError);
	});
});
