import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

import { isJsonObject, isUtf8Text } from './body';

/**
 * AIRudder retries a callback it thinks failed, every minute, up to 5 tries (documented, D), so
 * one event can arrive several times. A repeat is recognised by a key; a key seen within the
 * window is answered 200 without starting the workflow.
 */

/**
 * `identifyingFields` is the value saved workflows hold for "Event and Payload"; it once meant
 * ids, status and time fields only, which merged different events (a workflow back to `running`
 * with other actions, a template batch with other results). A retry repeats the whole payload.
 */
export type DedupeBy = 'identifyingFields' | 'body';

/**
 * JSON text that depends on the value only: object keys sorted at every depth, no spacing. Two
 * deliveries of one payload serialised by different senders (or by one sender twice, with its map
 * order shuffled) give the same text; list order is kept, since in a list it is part of the value.
 */
function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	if (isJsonObject(value)) {
		const fields = Object.keys(value)
			.filter((name) => value[name] !== undefined)
			.sort()
			.map((name) => `${JSON.stringify(name)}:${canonicalJson(value[name])}`);
		return `{${fields.join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

/**
 * The repeat key. By default the event and the whole payload as canonical JSON, so a retry
 * serialised with another key order or spacing is still a repeat, and events differing in any
 * field are not. Text that is not JSON, and bytes that are not UTF-8 (the fields read from them
 * hold replacement characters where the bytes differed), are compared by their exact bytes.
 */
export function dedupeKey(event: string, payload: unknown, rawBody: Buffer, by: DedupeBy): string {
	const hash = createHash('sha256').update(`${event}\n`, 'utf8');
	const readExactly = typeof payload === 'object' && payload !== null && isUtf8Text(rawBody);
	if (by === 'body' || !readExactly) hash.update(rawBody);
	else hash.update(canonicalJson(payload), 'utf8');
	return hash.digest('hex').slice(0, 32);
}

/** key -> time (ms since epoch) after which a repeat is a new event again. */
export type SeenKeys = Record<string, number>;

export const MAX_REMEMBERED_KEYS = 1000;
const STATIC_DATA_FIELD = 'recentCallbackKeys';

/**
 * Keys seen by this process, per workflow + node. n8n saves a webhook's static data after
 * answering, but each request loads it from the database at its start: two callbacks handled at
 * the same time both write, and the later write drops the earlier key. The in-process copy heals
 * that for the usual single-process install; static data carries the keys across restarts and
 * between main and webhook processes in queue mode.
 */
const seenInProcess = new Map<string, SeenKeys>();
const MAX_SCOPES = 200;

function readSeen(value: unknown): SeenKeys {
	const seen: SeenKeys = {};
	if (!isJsonObject(value)) return seen;
	for (const [key, expiresAt] of Object.entries(value)) if (typeof expiresAt === 'number') seen[key] = expiresAt;
	return seen;
}

/** Live entries of all sources, the newest `limit` of them. */
export function mergeSeen(sources: SeenKeys[], now: number, limit = MAX_REMEMBERED_KEYS): SeenKeys {
	const merged: SeenKeys = {};
	for (const source of sources) {
		for (const [key, expiresAt] of Object.entries(source)) {
			if (expiresAt > now && expiresAt > (merged[key] ?? 0)) merged[key] = expiresAt;
		}
	}
	const entries = Object.entries(merged);
	if (entries.length <= limit) return merged;
	return Object.fromEntries(entries.sort((a, b) => b[1] - a[1]).slice(0, limit));
}

export interface RepeatCheck {
	/** workflow id + node name: what the keys belong to. */
	scope: string;
	staticData: IDataObject;
	key: string;
	windowMs: number;
	now: number;
}

/** True when the key was seen within its window; otherwise remembers it and returns false. */
export function isRepeatDelivery({ scope, staticData, key, windowMs, now }: RepeatCheck): boolean {
	const seen = mergeSeen([readSeen(staticData[STATIC_DATA_FIELD]), seenInProcess.get(scope) ?? {}], now);
	if (seen[key] !== undefined) return true;
	seen[key] = now + windowMs;
	const kept = mergeSeen([seen], now);
	seenInProcess.delete(scope);
	seenInProcess.set(scope, kept);
	if (seenInProcess.size > MAX_SCOPES) seenInProcess.delete(seenInProcess.keys().next().value as string);
	// Assign the whole map: n8n marks static data as changed (and saves it) only on a top-level write.
	staticData[STATIC_DATA_FIELD] = kept;
	return false;
}

/** For tests: forget what this process has seen. */
export function forgetSeenInProcess(): void {
	seenInProcess.clear();
}
