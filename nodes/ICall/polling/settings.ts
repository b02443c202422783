import type { IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { formatWorkflowTime, toInstant } from '../operations/time';
import { wallTimeOf } from './cursor';
import type { PollEventId } from './events';
import { pollEvents } from './events';
import type { Scope, TaskOutput } from './run';

export interface PollSettings {
	events: Set<PollEventId>;
	taskOutput: TaskOutput;
	scope: Scope;
	/** The wall time (API zone) to emit from, when the user set one. */
	since?: string;
	/** Everything that decides what is watched: a cursor built for other settings starts afresh. */
	fingerprint: string;
}

/** The API's wall clock (UTC+8) for an instant. */
export function apiWallTime(instant: number): string {
	return wallTimeOf(formatWorkflowTime(instant));
}

/** The node's settings, or an error naming the field: thrown at activation, so publishing fails with it. */
export function readPollSettings(ctx: IPollFunctions, now: number): PollSettings {
	const fail = (field: string, reason: string) => new NodeOperationError(ctx.getNode(), `Field "${field}": ${reason}`);
	const pollTimes = ctx.getNodeParameter('pollTimes', {}) as { item?: unknown[] };
	if (!pollTimes.item?.length) throw fail('Poll Times', 'add at least one poll time, or the trigger never polls');
	const known = new Set<string>(pollEvents.map((event) => event.id));
	const events = (ctx.getNodeParameter('events', []) as string[]).filter((event): event is PollEventId => known.has(event));
	if (events.length === 0) throw fail('Events', 'choose at least one event');
	const kind = ctx.getNodeParameter('scope', 'all') as Scope['kind'];
	let scope: Scope = { kind: 'all' };
	if (kind === 'ids') {
		const ids = (ctx.getNodeParameter('ids', '') as string).split(/[\s,;]+/).filter((id) => id !== '');
		if (ids.length === 0) throw fail('IDs', 'Watch is set to Given IDs, but no ID is given');
		scope = { kind, ids: new Set(ids) };
	} else if (kind === 'prefix') {
		const prefix = ctx.getNodeParameter('namePrefix', '') as string;
		if (prefix === '') throw fail('Name Prefix', 'Watch is set to Names Starting With, but the prefix is empty');
		scope = { kind, prefix };
	}
	const startValue = ctx.getNodeParameter('startTime', '') as unknown;
	let since: string | undefined;
	if (startValue !== '' && startValue !== null && startValue !== undefined) {
		const instant = toInstant(startValue, ctx.getTimezone());
		if (instant === undefined) throw fail('Emit Results Since', `"${String(startValue)}" is not a date and time`);
		if (instant > now) throw fail('Emit Results Since', 'the time is in the future; leave it empty to emit what ends from activation on');
		since = apiWallTime(instant);
	}
	const taskOutput = ctx.getNodeParameter('taskFinishedOutput', 'task') as TaskOutput;
	const scopeKey = scope.kind === 'ids' ? [...scope.ids].sort().join(',') : scope.kind === 'prefix' ? scope.prefix : '';
	const fingerprint = JSON.stringify([[...events].sort(), taskOutput, scope.kind, scopeKey, since ?? '']);
	return { events: new Set(events), taskOutput, scope, since, fingerprint };
}
