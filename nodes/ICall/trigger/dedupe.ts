import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

import { UNKNOWN_EVENT } from '../contract';
import { isJsonObject } from './recognizeEvent';
import { isUtf8Text } from './requestBody';

/**
 * AIRudder retries a callback it thinks failed, every minute, up to 5 tries (CONTRACT.md, D), so
 * one event can arrive several times. A repeat is recognised by a key; a key seen within the
 * window is answered 200 without starting the workflow.
 */

export type DedupeBy = 'identifyingFields' | 'body';

/** Names that identify a thing (TaskID, call_id, wfdetail_uuid, ...). */
const IDENTIFIER_NAME = /(?:^id$|_id$|ID$|Id$|uuid$)/i;
/** Names that say what happened, to whom or when; two real events rarely share ids and all of these. */
const STATE_NAME = /(?:status|reason|time|^callee|^reply$|^text$|^type$|^phase$)/i;

/**
 * The repeat key. `identifyingFields` keeps the event id and the payload's ids, status and time
 * fields, so a resend with, say, a different send-time header is still a repeat. When the payload
 * has no identifier at all (an unrecognised or id-less event), only the exact body can tell
 * repeats apart, so it falls back to a hash of the body: never merge events we cannot identify.
 */
export function dedupeKey(event: string, payload: unknown, rawBody: Buffer, by: DedupeBy): string {
	const hash = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 32);
	const bodyKey = () => createHash('sha256').update(`${event}\n`, 'utf8').update(rawBody).digest('hex').slice(0, 32);
	if (by === 'body' || event === UNKNOWN_EVENT || !isJsonObject(payload)) return bodyKey();
	// Fields read from bytes that are not UTF-8 hold replacement characters where the bytes differed.
	if (!isUtf8Text(rawBody)) return bodyKey();
	const names = Object.keys(payload).sort();
	if (!names.some((name) => IDENTIFIER_NAME.test(name))) return bodyKey();
	const identifying = names
		.filter((name) => IDENTIFIER_NAME.test(name) || STATE_NAME.test(name))
		.map((name) => [name, payload[name]]);
	return hash(`${event}\n${JSON.stringify(identifying)}`);
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
