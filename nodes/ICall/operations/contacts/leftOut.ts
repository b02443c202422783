import type { INodeExecutionData } from 'n8n-workflow';

/**
 * Contacts a send leaves out on purpose (a repeat kept once, a do-not-call number, a number outside
 * the calling hours) are reported, never silently dropped: under their own key of the first output
 * item, which is paired with their items too, so every input item leads to an output item.
 */

export interface LeftOutContact {
	item: number;
	number: string;
	reason: string;
}

export type LeftOutReason = 'duplicate' | 'excluded' | 'outsideHours';

export type LeftOutContacts = Record<LeftOutReason, LeftOutContact[]>;

/** The output key of each reason; `duplicatesLeftOut` is the key the node has always used for repeats. */
const OUTPUT_KEYS: Record<LeftOutReason, string> = {
	duplicate: 'duplicatesLeftOut',
	excluded: 'excludedLeftOut',
	outsideHours: 'outsideHoursLeftOut',
};

export function noneLeftOut(): LeftOutContacts {
	return { duplicate: [], excluded: [], outsideHours: [] };
}

function allLeftOut(leftOut: LeftOutContacts): LeftOutContact[] {
	return [...leftOut.duplicate, ...leftOut.excluded, ...leftOut.outsideHours];
}

/** The first output item reports every contact left out, under the key of its reason, and is paired with their items. */
export function withLeftOutReported(output: INodeExecutionData[], leftOut: LeftOutContacts): INodeExecutionData[] {
	const all = allLeftOut(leftOut);
	if (all.length === 0 || output.length === 0) return output;
	const [first, ...rest] = output;
	const reported = Object.fromEntries(
		(Object.keys(OUTPUT_KEYS) as LeftOutReason[])
			.filter((reason) => leftOut[reason].length > 0)
			.map((reason) => [OUTPUT_KEYS[reason], leftOut[reason].map((entry) => ({ ...entry }))]),
	);
	const paired = Array.isArray(first.pairedItem) ? [...first.pairedItem, ...all.map((entry) => ({ item: entry.item }))] : first.pairedItem;
	return [{ ...first, json: { ...first.json, ...reported }, pairedItem: paired }, ...rest];
}

/** A preview lists each contact left out as its own item, paired with its input item. */
export function leftOutItems(leftOut: LeftOutContacts): INodeExecutionData[] {
	return (Object.keys(OUTPUT_KEYS) as LeftOutReason[]).flatMap((reason) =>
		leftOut[reason].map((entry) => ({ json: { preview: true, leftOut: reason, ...entry }, pairedItem: { item: entry.item } })),
	);
}
