import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

/**
 * STUB of the calling-hours checker: the real module (phone-to-zone data and the checker) comes
 * from the calling-hours branch and replaces this file at merge. Its interface is fixed; this
 * stub reads the same option and treats every number as ringing in UTC, so that the pipeline's
 * wiring can be built and tested meanwhile.
 */

export interface CallingHours {
	from: string;
	to: string;
	days: number[];
	skipDates: string[];
	zones?: string[];
}

export const callingHoursProperty: INodeProperties = {
	displayName: 'Calling Hours',
	name: 'callingHours',
	type: 'collection',
	placeholder: 'Add limit',
	default: {},
	options: [
		{ displayName: 'From', name: 'from', type: 'string', default: '08:00' },
		{ displayName: 'To', name: 'to', type: 'string', default: '20:00' },
	],
};

export function readCallingHours(context: IExecuteFunctions, itemIndex: number): CallingHours | undefined {
	const raw = context.getNodeParameter('callingHours', itemIndex, {}) as { from?: string; to?: string };
	if (raw.from === undefined && raw.to === undefined) return undefined;
	return { from: raw.from ?? '08:00', to: raw.to ?? '20:00', days: [1, 2, 3, 4, 5, 6, 7], skipDates: [] };
}

function minutesOf(text: string): number {
	const [hours, minutes] = text.split(':').map(Number);
	return hours * 60 + minutes;
}

export function outsideCallingHours(e164: string, window: { start: number; end?: number }, hours: CallingHours): string | undefined {
	const from = minutesOf(hours.from);
	const to = minutesOf(hours.to);
	const inside = (instant: number) => {
		const date = new Date(instant);
		const minutes = date.getUTCHours() * 60 + date.getUTCMinutes();
		return minutes >= from && minutes < to;
	};
	if (!inside(window.start) || (window.end !== undefined && !inside(window.end))) return `${e164} is outside the calling hours ${hours.from}-${hours.to} (UTC) in the call window`;
	return undefined;
}
