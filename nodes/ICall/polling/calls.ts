import type { IDataObject } from 'n8n-workflow';
import type { Endpoint } from '../api/contract/types';
import type { CallCursor, OpenEntry, RowKeys } from './cursor';
import { newCallRows } from './cursor';
import { readPages } from './pages';
import type { PollRun } from './run';
import { VISIBLE_WITHIN_SECONDS } from './run';

/** Where one task's call rows are read: the endpoint, its task id field, and the row's keys. */
export interface CallSource {
	endpoint: Endpoint;
	taskIdField: string;
	keys: RowKeys;
}

export interface CallReading {
	/** Rows not emitted before. */
	fresh: IDataObject[];
	/** Every row, when they were read (a task that has just finished is read whole). */
	rows?: IDataObject[];
}

/**
 * The calls of one task that ended since the last poll. The first page's total tells whether
 * anything changed; only then are all pages read, since new rows may sit on any page.
 */
export async function readNewCalls(run: PollRun, entry: OpenEntry, source: CallSource, taskId: string, { whole = false } = {}): Promise<CallReading> {
	const calls = (entry.calls ??= {});
	const cursor: CallCursor = (calls[taskId] ??= { after: run.cursor.since, ids: [], counted: 0 });
	const unchanged = (_page: IDataObject[], _rows: IDataObject[], total: number | undefined) => !whole && total === cursor.counted;
	const fields = { [source.taskIdField]: taskId };
	const { rows, requests, total } = await readPages(run.ctx, source.endpoint, fields, { stop: unchanged, maxPages: run.maxPages, pageSize: run.pageSize });
	run.requests += requests;
	if (!whole && total === cursor.counted) return { fresh: [] };
	const { fresh, next } = newCallRows(cursor, rows, source.keys, VISIBLE_WITHIN_SECONDS);
	calls[taskId] = next;
	return { fresh, rows };
}
