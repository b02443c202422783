import type { IDataObject } from 'n8n-workflow';

/**
 * What the trigger remembers between polls, in n8n's workflow static data: nothing per row that is
 * safely old. A task's calls are told apart by end time (a watermark) plus the ids of the few rows
 * near it; a task, plan or workflow that is over and fully emitted leaves the cursor, and only its
 * id stays until nothing older is watched.
 */

/** Which rows of one task were emitted. A row is old when it ended before `after`, or its id is in `ids`. */
export interface CallCursor {
	after: string;
	ids: string[];
	/** Rows accounted for (emitted, or old at the start): an unchanged total means nothing new. */
	counted: number;
}

export interface OpenEntry {
	created: string;
	/** Last status seen (workflows: to tell a change). */
	status?: string;
	/** Calls of a task, or of each outbound task of a workflow. */
	calls?: Record<string, CallCursor>;
	/** Rounds of a plan already emitted. */
	rounds?: number;
}

/** One list the trigger watches: tasks, plans or workflows. */
export interface FamilyCursor {
	/** Everything created before this wall time is over and emitted, or from before activation. */
	settledBefore: string;
	/** Over and emitted, created at or after `settledBefore`: id → creation time. */
	done: Record<string, string>;
	open: Record<string, OpenEntry>;
}

export interface PollCursor {
	/** The settings the cursor was built for: other settings start afresh. */
	settings: string;
	/** Results that ended before this wall time are not emitted. */
	since: string;
	tasks: FamilyCursor;
	plans: FamilyCursor;
	workflows: FamilyCursor;
	/** Given ids: the list each was found in. */
	listOfId: Record<string, string>;
	/** Given ids AIRudder does not list, reported once. */
	unknownIds: string[];
}

export function newFamily(since: string): FamilyCursor {
	return { settledBefore: since, done: {}, open: {} };
}

export function newCursor(settings: string, since: string): PollCursor {
	return { settings, since, tasks: newFamily(since), plans: newFamily(since), workflows: newFamily(since), listOfId: {}, unknownIds: [] };
}

const CURSOR_KEY = 'cursor';

/** A copy to work on: the stored cursor changes only when a poll has read everything it needs. */
export function loadCursor(staticData: IDataObject): PollCursor | undefined {
	const stored = staticData[CURSOR_KEY];
	return stored === undefined ? undefined : (structuredClone(stored) as PollCursor);
}

export function saveCursor(staticData: IDataObject, cursor: PollCursor): void {
	staticData[CURSOR_KEY] = cursor as unknown as IDataObject;
}

/** The wall time `seconds` before a `yyyy-MM-dd HH:mm:ss` time (both in the API's zone). */
export function wallTimeBefore(wallTime: string, seconds: number): string {
	const instant = Date.parse(`${wallTime.slice(0, 10)}T${wallTime.slice(11, 19)}Z`) - seconds * 1000;
	return Number.isNaN(instant) ? wallTime : new Date(instant).toISOString().slice(0, 19).replace('T', ' ');
}

/** The `yyyy-MM-dd HH:mm:ss` start of a time as the API writes it; '' when it has none. */
export function wallTimeOf(value: unknown): string {
	const text = typeof value === 'string' ? value : '';
	return /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/.test(text) ? text.slice(0, 19) : '';
}

export interface RowKeys {
	id: string;
	endTime: string;
}

/**
 * The rows of a task not emitted yet, from all of its rows, and the cursor that follows. Rows
 * without an end time are remembered by id for as long as the task is watched.
 */
export function newCallRows(cursor: CallCursor, rows: IDataObject[], keys: RowKeys, windowSeconds: number): { fresh: IDataObject[]; next: CallCursor } {
	const known = new Set(cursor.ids);
	const fresh = rows.filter((row) => {
		const ended = wallTimeOf(row[keys.endTime]);
		return !known.has(String(row[keys.id])) && (ended === '' || ended >= cursor.after);
	});
	const newest = rows.reduce((latest, row) => {
		const ended = wallTimeOf(row[keys.endTime]);
		return ended > latest ? ended : latest;
	}, cursor.after);
	const after = [cursor.after, wallTimeBefore(newest, windowSeconds)].sort().pop() as string;
	const ids = rows
		.filter((row) => {
			const ended = wallTimeOf(row[keys.endTime]);
			return ended === '' || ended >= after;
		})
		.map((row) => String(row[keys.id]));
	return { fresh, next: { after, ids, counted: rows.length } };
}

/**
 * After a poll: whatever is still open holds the settled boundary back; done ids older than the
 * boundary are dropped, since nothing older is read again.
 */
export function settleFamily(family: FamilyCursor, newestSeen: string): void {
	const openTimes = Object.values(family.open).map((entry) => entry.created);
	const boundary = openTimes.length > 0 ? openTimes.sort()[0] : newestSeen;
	if (boundary > family.settledBefore) family.settledBefore = boundary;
	for (const [id, created] of Object.entries(family.done)) {
		if (created < family.settledBefore) delete family.done[id];
	}
}
