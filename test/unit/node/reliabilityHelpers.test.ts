// Test code never ships: the small rules that keep bad input and secrets from reaching AIRudder or the user.
 
import { ICallApi } from '../../../credentials/ICallApi.credentials';
import { cutWithoutSecrets, redactDeep, redactError, redactSecrets, secretForms } from '../../../nodes/ICall/api/redact';
import { SECRET_FIELDS } from '../../../nodes/ICall/api/session';
import { checkPhoneNumber, countryCodeLength } from '../../../nodes/ICall/operations/contacts/entries';
import { describeRepeat, findRepeatedNumbers } from '../../../nodes/ICall/operations/contacts/duplicates';
import { checkLimit } from '../../../nodes/ICall/operations/fields';

it('the secrets the transport learns are exactly the credential password fields', () => {
	const passwordFields = new ICallApi().properties.filter((property) => property.typeOptions?.password === true).map((property) => property.name);
	expect([...SECRET_FIELDS].sort()).toEqual(passwordFields.sort());
});

describe('phone numbers need as many digits after the country code as its numbering plan', () => {
	it.each([
		['1', 1],
		['7', 1],
		['62', 2],
		['44', 2],
		['852', 3],
		['971', 3],
	])('country code of +%s... has %i digit(s)', (start, length) => {
		expect(countryCodeLength(`${start}12345678`)).toBe(length);
	});

	it.each(['+62 812 (345)', '+62812345', '+1 555 1234', '+85212345'])('refuses %p as too short', (raw) => {
		const result = checkPhoneNumber(raw);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toMatch(/too short/);
	});

	it.each(['+62 812 3456 78', '+1 415 555 0100', '+852 1234 5678'])('accepts %p', (raw) => {
		expect(checkPhoneNumber(raw).ok).toBe(true);
	});
});

describe('duplicate numbers in one list', () => {
	it('finds every repeat with the entry it repeats', () => {
		expect(findRepeatedNumbers(['+1', '+2', '+1', '+3', '+1'])).toEqual([
			{ position: 2, firstPosition: 0, number: '+1' },
			{ position: 4, firstPosition: 0, number: '+1' },
		]);
		expect(findRepeatedNumbers(['+1', '+2'])).toEqual([]);
	});

	it('tells 15-digit numbers apart by their last digit, and compares other text as text', () => {
		const long = ['+628123456789012', '+628123456789013', '+628123456789012'];
		expect(findRepeatedNumbers(long)).toEqual([{ position: 2, firstPosition: 0, number: '+628123456789012' }]);
		// Not "+digits": the same text repeats, a different spelling of the same number does not.
		expect(findRepeatedNumbers(['+62 812', '+62812', '+62 812'])).toEqual([{ position: 2, firstPosition: 0, number: '+62 812' }]);
		const many = Array.from({ length: 50_000 }, (_, index) => `+6281${String(index).padStart(8, '0')}`);
		expect(findRepeatedNumbers([...many, many[49_999], many[0]])).toEqual([
			{ position: 50_000, firstPosition: 49_999, number: many[49_999] },
			{ position: 50_001, firstPosition: 0, number: many[0] },
		]);
	});

	it('explains each policy', () => {
		const repeat = { position: 2, firstPosition: 0, number: '+6281234567890' };
		expect(describeRepeat(repeat, 'refuse')).toMatch(/already in this list \(entry 0\).*Duplicate Numbers/);
		expect(describeRepeat(repeat, 'keepFirst')).toMatch(/left out, the first entry is dialled/);
	});
});

describe('limit', () => {
	it.each([0, -1, 2.5, 'abc', '', null, Number.NaN, Infinity])('refuses %p', (raw) => {
		expect(checkLimit(raw).ok).toBe(false);
	});
	it.each([
		[1, 1],
		[50, 50],
		['7', 7],
	])('accepts %p', (raw, limit) => {
		expect(checkLimit(raw)).toEqual({ ok: true, limit });
	});
});

describe('redaction', () => {
	const secret = 'a"b\\c d&e=f';

	it('knows the raw, JSON-escaped and URL-encoded forms', () => {
		const forms = secretForms(secret);
		expect(forms).toEqual(expect.arrayContaining([secret, 'a\\"b\\\\c d&e=f', encodeURIComponent(secret), 'a%22b%5Cc+d%26e%3Df']));
	});

	it('masks every form in text, in nested values and in every field of an error', () => {
		const text = `raw ${secret} json ${JSON.stringify({ s: secret })} url ?s=${encodeURIComponent(secret)}`;
		expect(redactSecrets(text, [secret])).toBe('raw *** json {"s":"***"} url ?s=***');
		const nested = { list: [{ header: `Token ${secret}` }], [secret]: 1, clean: 'x' };
		expect(redactDeep(nested, [secret])).toEqual({ list: [{ header: 'Token ***' }], '***': 1, clean: 'x' });
		const error = Object.assign(new Error(`failed with ${secret}`), { description: secret, messages: [secret], errorResponse: { body: secret } });
		const clean = redactError(error, [secret]);
		expect(JSON.stringify([clean.message, clean.stack, clean.description, clean.messages, clean.errorResponse])).not.toContain('d&e');
	});

	it('leaves a clean value untouched (no copy) and ignores secrets too short to mask', () => {
		const value = { a: ['x'] };
		expect(redactDeep(value, ['zzzz'])).toBe(value);
		expect(redactSecrets('a b c', ['a', undefined])).toBe('a b c');
	});

	it('cuts a quote after masking, and masks the beginning of a secret left at its end', () => {
		const issued = ['a1b2c3d4', 'e5f6a7b8', 'c9d0e1f2', 'a3b4c5d6'].join('');
		const page = `<h1>502</h1> Authorization: Token ${issued}; more`;
		// Cut where the token would stand: its first 25 characters, or any other part, must not show.
		const cutAt = page.indexOf(issued) + 25;
		expect(cutWithoutSecrets(page, cutAt, [issued])).toBe('<h1>502</h1> Authorization: Token ***; more');
		expect(cutWithoutSecrets(`server cut here: ${issued.slice(0, 10)}`, 200, [issued])).toBe('server cut here: ***');
		expect(cutWithoutSecrets('nothing secret here', 200, [issued])).toBe('nothing secret here');
	});
});
