import { envelopeError, isTokenInvalidBody } from '../../../nodes/ICall/api/client';
import { describeFailure, backoffDelayMs, isRetryable, retryAfterMs } from '../../../nodes/ICall/api/errors';
import { rowsOf, totalOf } from '../../../nodes/ICall/api/paging';

const settings = { maxRetries: 5, baseDelayMs: 100, maxDelayMs: 2000 };

describe('retry policy', () => {
	it('retries reads on 5xx, 429 and transient network errors', () => {
		expect(isRetryable(true, { status: 503, headers: {}, message: '' })).toBe(true);
		expect(isRetryable(true, { status: 429, headers: {}, message: '' })).toBe(true);
		expect(isRetryable(true, { networkCode: 'ECONNRESET', headers: {}, message: '' })).toBe(true);
		expect(isRetryable(true, { status: 404, headers: {}, message: '' })).toBe(false);
		expect(isRetryable(true, { status: 401, headers: {}, message: '' })).toBe(false);
	});

	it('retries writes only when they cannot have reached the server or got 429', () => {
		expect(isRetryable(false, { status: 429, headers: {}, message: '' })).toBe(true);
		expect(isRetryable(false, { networkCode: 'ECONNREFUSED', headers: {}, message: '' })).toBe(true);
		expect(isRetryable(false, { networkCode: 'ECONNRESET', headers: {}, message: '' })).toBe(false);
		expect(isRetryable(false, { networkCode: 'ETIMEDOUT', headers: {}, message: '' })).toBe(false);
		expect(isRetryable(false, { status: 500, headers: {}, message: '' })).toBe(false);
		expect(isRetryable(false, { status: 502, headers: {}, message: '' })).toBe(false);
	});

	it('reads Retry-After as seconds or as a date', () => {
		expect(retryAfterMs({ 'retry-after': '2' })).toBe(2000);
		expect(retryAfterMs({ 'retry-after': new Date(10_000).toUTCString() }, 4_000)).toBe(6000);
		expect(retryAfterMs({})).toBeUndefined();
	});

	it('backs off exponentially with jitter, capped, and honours the server', () => {
		expect(backoffDelayMs(0, settings, undefined, () => 0)).toBe(50);
		expect(backoffDelayMs(0, settings, undefined, () => 1)).toBe(100);
		expect(backoffDelayMs(3, settings, undefined, () => 1)).toBe(800);
		expect(backoffDelayMs(10, settings, undefined, () => 1)).toBe(2000);
		expect(backoffDelayMs(0, settings, 1500, () => 0)).toBe(1500);
	});
});

describe('envelope', () => {
	it('accepts code 200 and refuses anything else', () => {
		expect(envelopeError({ code: 200, status: 'OK', data: {} })).toBeUndefined();
		expect(envelopeError({ code: 10002, message: 'TaskID missing' })).toEqual({ code: 10002, message: 'TaskID missing' });
		expect(envelopeError('<html>')).toBeDefined();
	});

	it('knows the body code for an invalid token', () => {
		expect(isTokenInvalidBody({ code: 401 })).toBe(true);
		expect(isTokenInvalidBody({ code: 200 })).toBe(false);
	});
});

describe('rows (modeling rule 1) and totals (rule 2)', () => {
	it('takes array data, the single array property, or data itself', () => {
		expect(rowsOf([{ a: 1 }, { a: 2 }])).toHaveLength(2);
		expect(rowsOf({ list: [{ a: 1 }], total: 1 })).toEqual([{ a: 1 }]);
		expect(rowsOf({ a: [1], b: [2] })).toEqual([{ a: [1], b: [2] }]);
		expect(rowsOf({ TaskID: 'T1' })).toEqual([{ TaskID: 'T1' }]);
		expect(rowsOf(null)).toEqual([]);
		expect(rowsOf(['x'])).toEqual([{ value: 'x' }]);
	});

	it('finds a total under any known name, in data or beside it', () => {
		expect(totalOf({ code: 200, data: { list: [], Total: 7 } })).toBe(7);
		expect(totalOf({ code: 200, data: [], count: 3 })).toBe(3);
		expect(totalOf({ code: 200, data: [] })).toBeUndefined();
	});
});

describe('failure description', () => {
	it('digs the HTTP answer out of n8n-core wrapping', () => {
		const wrapped = { message: 'outer', cause: { message: 'inner', code: 'ERR_BAD_RESPONSE', response: { status: 429, headers: { 'retry-after': '1' }, data: { code: 429 } } } };
		const failure = describeFailure(wrapped);
		expect(failure.status).toBe(429);
		expect(failure.headers['retry-after']).toBe('1');
		expect(failure.body).toEqual({ code: 429 });
	});

	it('keeps network error codes', () => {
		expect(describeFailure({ message: 'x', cause: { message: 'connect ECONNREFUSED', code: 'ECONNREFUSED' } }).networkCode).toBe('ECONNREFUSED');
	});
});
