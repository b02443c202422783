import { checkText } from '../../../nodes/ICall/operations/fields';

describe('text values from expressions', () => {
	it.each([
		['  T20261125001 ', 'T20261125001'],
		[123, '123'],
		[0, '0'],
		[BigInt('12345678901234567890'), '12345678901234567890'],
	])('%p is the text %p', (value, text) => {
		expect(checkText(value)).toEqual({ ok: true, text });
	});

	it.each([undefined, null, '', '   '])('%p is not set', (value) => {
		expect(checkText(value)).toEqual({ ok: true, text: undefined });
	});

	it.each([
		[{ id: 1 }, /^is an object \(\{"id":1\}\), not text/],
		[['a', 'b'], /^is a list \(\["a","b"\]\), not text/],
		[true, /^is a boolean \(true\), not text/],
		[NaN, /^is NaN, not text or a number/],
		[Infinity, /^is Infinity/],
		[() => 1, /^is a function, not text/],
	])('refuses %p', (value, reason) => {
		const checked = checkText(value);
		expect(checked.ok).toBe(false);
		if (!checked.ok) expect(checked.reason).toMatch(reason);
	});

	it('shows no more than a glimpse of a big object', () => {
		const checked = checkText({ text: 'x'.repeat(500) });
		expect(!checked.ok && checked.reason.length).toBeLessThan(120);
	});
});
