// Test-only code: it never ships (package.json "files" is ["dist"]).
import type { IDataObject } from 'n8n-workflow';

import { dedupeKey, forgetSeenInProcess, isRepeatDelivery, MAX_REMEMBERED_KEYS, mergeSeen } from '../../../nodes/ICall/trigger/dedupe';

const minute = 60_000;
const call = { TaskID: 't1', CallID: 'c1', Callee: '+6281', CallStatus: 'answered', Duration: 30, RecordingURL: 'https://r/1' };

describe('dedupeKey', () => {
	const raw = (payload: unknown, space?: number) => Buffer.from(JSON.stringify(payload, null, space));

	it('gives a retry of the same event the same key, whatever its key order or spacing', () => {
		const reordered = Object.fromEntries(Object.entries(call).reverse());
		const nested = (first: IDataObject) => ({ ...call, Variables: first });
		expect(dedupeKey('call.finished', call, raw(call), 'identifyingFields')).toBe(
			dedupeKey('call.finished', reordered, raw(reordered, 2), 'identifyingFields'),
		);
		expect(dedupeKey('call.finished', nested({ a: 1, b: 2 }), Buffer.from(''), 'identifyingFields')).toBe(
			dedupeKey('call.finished', nested({ b: 2, a: 1 }), Buffer.from(''), 'identifyingFields'),
		);
	});

	it('tells apart events that differ in any field, nested ones and list order included, or in the event', () => {
		const key = dedupeKey('call.finished', call, Buffer.from(''), 'identifyingFields');
		expect(dedupeKey('call.finished', { ...call, CallID: 'c2' }, Buffer.from(''), 'identifyingFields')).not.toBe(key);
		expect(dedupeKey('call.finished', { ...call, CallStatus: 'busy' }, Buffer.from(''), 'identifyingFields')).not.toBe(key);
		expect(dedupeKey('call.finished', { ...call, RecordingURL: 'https://r/2' }, Buffer.from(''), 'identifyingFields')).not.toBe(key);
		expect(dedupeKey('call.finished', { ...call, Variables: { a: 1 } }, Buffer.from(''), 'identifyingFields')).not.toBe(
			dedupeKey('call.finished', { ...call, Variables: { a: 2 } }, Buffer.from(''), 'identifyingFields'),
		);
		expect(dedupeKey('call.finished', { ...call, Rows: [1, 2] }, Buffer.from(''), 'identifyingFields')).not.toBe(
			dedupeKey('call.finished', { ...call, Rows: [2, 1] }, Buffer.from(''), 'identifyingFields'),
		);
		expect(dedupeKey('task.finished', call, Buffer.from(''), 'identifyingFields')).not.toBe(key);
	});

	it('tells apart id-less payloads by their fields, and text bodies by their bytes', () => {
		const idless = { call_direction: 'inbound', caller: '+1' };
		expect(dedupeKey('inbound.call', idless, Buffer.from(''), 'identifyingFields')).not.toBe(
			dedupeKey('inbound.call', { ...idless, caller: '+2' }, Buffer.from(''), 'identifyingFields'),
		);
		expect(dedupeKey('unknown', 'a', Buffer.from('a'), 'identifyingFields')).not.toBe(dedupeKey('unknown', 'b', Buffer.from('b'), 'identifyingFields'));
	});

	it('compares the bytes when they are not UTF-8, since the fields read from them are not exact', () => {
		const latin1 = (text: string) => Buffer.from(text, 'latin1');
		const mangled = { ...call, Callee: 'Jos\ufffd' };
		expect(dedupeKey('call.finished', mangled, latin1('{"Callee":"Jos\u00e9"}'), 'identifyingFields')).not.toBe(
			dedupeKey('call.finished', mangled, latin1('{"Callee":"Jos\u00e8"}'), 'identifyingFields'),
		);
	});

	it('compares the exact body when asked to', () => {
		expect(dedupeKey('call.finished', call, Buffer.from('a'), 'body')).not.toBe(dedupeKey('call.finished', call, Buffer.from('b'), 'body'));
		expect(dedupeKey('call.finished', call, Buffer.from('a'), 'body')).toBe(dedupeKey('call.finished', {}, Buffer.from('a'), 'body'));
	});
});

describe('isRepeatDelivery', () => {
	beforeEach(() => forgetSeenInProcess());

	const check = (staticData: IDataObject, key: string, now: number, scope = 'wf/node') =>
		isRepeatDelivery({ scope, staticData, key, windowMs: 10 * minute, now });

	it('flags a repeat inside the window and forgets it after', () => {
		const staticData: IDataObject = {};
		expect(check(staticData, 'k', 0)).toBe(false);
		expect(check(staticData, 'k', 4 * minute)).toBe(true);
		expect(check(staticData, 'k', 9 * minute)).toBe(true);
		expect(check(staticData, 'k', 10 * minute)).toBe(false);
	});

	it('remembers through workflow static data alone (a restart, or another process)', () => {
		const staticData: IDataObject = {};
		check(staticData, 'k', 0);
		forgetSeenInProcess();
		const reloaded = JSON.parse(JSON.stringify(staticData)) as IDataObject;
		expect(check(reloaded, 'k', minute)).toBe(true);
	});

	it('remembers in process when concurrent requests overwrote the static data', () => {
		const loadedByA: IDataObject = {};
		const loadedByB: IDataObject = {};
		check(loadedByA, 'a', 0);
		check(loadedByB, 'b', 0);
		// B saved last, so the database copy has no "a"; a retry of "a" still counts as a repeat.
		expect(check(JSON.parse(JSON.stringify(loadedByB)) as IDataObject, 'a', minute)).toBe(true);
	});

	it('keeps scopes apart', () => {
		check({}, 'k', 0, 'wf/one');
		expect(check({}, 'k', 0, 'wf/two')).toBe(false);
	});

	it('writes the whole map at top level so n8n notices the change', () => {
		const staticData: IDataObject = {};
		check(staticData, 'k', 0);
		expect(staticData.recentCallbackKeys).toEqual({ k: 10 * minute });
	});
});

describe('mergeSeen', () => {
	it('drops expired keys and keeps only the newest', () => {
		expect(mergeSeen([{ old: 5, live: 20 }], 10)).toEqual({ live: 20 });
		const many = Object.fromEntries(Array.from({ length: MAX_REMEMBERED_KEYS + 5 }, (_, index) => [`k${index}`, 100 + index]));
		const kept = mergeSeen([many], 0);
		expect(Object.keys(kept)).toHaveLength(MAX_REMEMBERED_KEYS);
		expect(kept.k0).toBeUndefined();
		expect(kept[`k${MAX_REMEMBERED_KEYS + 4}`]).toBeDefined();
	});
});
