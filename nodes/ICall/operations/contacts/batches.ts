import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties, NodeApiError } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { ContactList, Endpoint } from '../../api/contract/types';
import { escapeHatchFieldLabel, readEscapeHatch } from '../define';
import { asNodeError, dataAsItem, errorItem, errorItemWithInput, requestFields, sendFields } from '../engine';
import { inputError, numberFrom } from '../fields';
import { previewRequest, unsentAnswer } from '../preview';
import { readRequestSettings } from '../sharedFields';
import type { ContactsRead } from './read';

/**
 * Big contact lists go out in chunks of the list's per-request maximum (an option), with the
 * node's parallel requests, and come back in order: one output item per chunk with its counts,
 * paired with the input items it carried. A chunk that fails becomes one error item per contact,
 * carrying that contact's input fields, so exactly those can be sent again. Nothing is dropped
 * and nothing is sent twice (writes are retried only when they provably did not arrive).
 */

/** The second and later chunks of a target go to another endpoint (create, then add to what it made). */
export interface Continuation {
	endpoint: Endpoint;
	/** Request fields of a later chunk, from the first chunk's answer (`data`). */
	fields(firstAnswer: IDataObject): Record<string, unknown>;
}

export interface ContactBatchRequest {
	endpoint: Endpoint;
	list: ContactList;
	/** Request fields other than the list. */
	fields: Record<string, unknown>;
	/** The contacts, each with its input item; a chunk's entries are built when its request goes. */
	contacts: Pick<ContactsRead, 'sources' | 'numbers' | 'entryAt'>;
	items: INodeExecutionData[];
	/** Item whose parameters (escape hatch) the requests use. */
	itemIndex: number;
	/** The contacts were typed into the node for this one item (not read from many items). */
	fromOneItem?: boolean;
	continueWith?: Continuation;
	/** The way forward when the list is longer than one target holds (`most`, written out); the default fits a create or an add. */
	overLimitAdvice?: (most: string) => string;
	/** Fields of target `index` of `count` when a list is split over several targets (e.g. names "(2/10)"). */
	splitFields?: (fields: Record<string, unknown>, index: number, count: number) => Record<string, unknown>;
	/** Sends the first request of a target in a way of its own (a create made exactly once); returns its `data`. */
	sendFirstRequest?: (wire: IDataObject) => Promise<IDataObject>;
}

/** The batching options of an operation whose list has a per-request maximum (and may be split over targets). */
export function contactBatchingProperty(list: ContactList, canSplit: boolean): INodeProperties {
	const options: INodeProperties[] = [
		{
			displayName: 'Contacts per Request',
			name: 'contactsPerRequest',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1000,
			description: 'Bigger lists are sent in chunks of this size, in order, using the Parallel Requests of Request Options',
		},
	];
	if (canSplit && list.maxPerTarget !== undefined) {
		options.push({
			displayName: 'Split Into Several Workflows',
			name: 'splitOverLimit',
			type: 'boolean',
			default: false,
			description: `Whether a list longer than one workflow holds (${list.maxPerTarget.toLocaleString('en-US')}) creates several workflows, named "(1/n)", "(2/n)", and so on, instead of being refused`,
		});
	}
	return { displayName: 'Contact Batching', name: 'contactBatching', type: 'collection', placeholder: 'Add option', default: {}, options };
}

interface Chunk {
	target: number;
	index: number;
	of: number;
	/** Positions of the chunk's contacts in the list: from, up to (not including) to. */
	from: number;
	to: number;
	sources: number[];
}

type ChunkOutcome = { ok: true; data: IDataObject } | { ok: false; error: NodeApiError | NodeOperationError };

function readBatching(context: IExecuteFunctions, list: ContactList, itemIndex: number): { size: number; split: boolean } {
	const options = context.getNodeParameter('contactBatching', itemIndex, {}) as { contactsPerRequest?: number | string; splitOverLimit?: boolean };
	// An expression may give the size as text.
	const raw = options.contactsPerRequest;
	const size = raw === undefined || raw === null ? (list.maxPerRequest ?? Number.POSITIVE_INFINITY) : numberFrom(raw, 'digits');
	if (size !== Number.POSITIVE_INFINITY && (!Number.isInteger(size) || size < 1)) {
		throw inputError(context, itemIndex, 'Contacts per Request', `must be a whole number of at least 1, got ${JSON.stringify(raw)}`);
	}
	return { size, split: options.splitOverLimit === true };
}

/** The list cut into targets (at most maxPerTarget each, when splitting) and each target into chunks. */
function planChunks(request: ContactBatchRequest, size: number, targetSize: number): Chunk[][] {
	const targets: Chunk[][] = [];
	const { sources } = request.contacts;
	for (let start = 0; start < sources.length; start += targetSize) {
		const end = Math.min(start + targetSize, sources.length);
		const chunks: Chunk[] = [];
		const count = Math.max(1, Math.ceil((end - start) / size));
		for (let index = 0; index < count; index++) {
			const from = index === 0 ? start : start + index * size;
			const to = Math.min(from + size, end);
			chunks.push({ target: targets.length, index, of: count, from, to, sources: sources.slice(from, to) });
		}
		targets.push(chunks);
	}
	return targets;
}

/** The wire entries of one chunk, built just before its request (see ContactsRead). */
function entriesOf(request: ContactBatchRequest, chunk: Chunk): IDataObject[] {
	const entries: IDataObject[] = [];
	for (let position = chunk.from; position < chunk.to; position++) entries.push(request.contacts.entryAt(position));
	return entries;
}

/**
 * The contacts come from the node's contact settings and go out chunk by chunk: a list set under
 * the escape hatch would replace every chunk's contacts while the output reported them as sent.
 */
function refuseListInEscapeHatch(context: IExecuteFunctions, request: ContactBatchRequest, escapeHatch: IDataObject): void {
	const wire = request.endpoint.fields[request.list.field]?.wire;
	if (wire === undefined || !(wire in escapeHatch)) return;
	throw inputError(
		context,
		request.itemIndex,
		escapeHatchFieldLabel(request.endpoint, wire),
		'cannot be set here: the contacts come from the node\'s contact settings (Contacts Source) and are sent in chunks',
	);
}

function refuseOverLimit(context: IExecuteFunctions, request: ContactBatchRequest, limit: number): NodeOperationError {
	const count = request.contacts.sources.length.toLocaleString('en-US');
	const most = limit.toLocaleString('en-US');
	const split = request.splitFields
		? 'send them to several workflows (turn on "Split Into Several Workflows" under Contact Batching, or split the input)'
		: 'send them to several workflows (split the input)';
	// Only a create can go on with Add; adding to a workflow that cannot hold the list has one way forward.
	const ways =
		request.overLimitAdvice?.(most) ??
		(request.continueWith
			? `Either ${split}, or create the workflow with up to ${most} contacts and add later ones with Workflow Contact: Add`
			: `Split the input over several workflows: each holds at most ${most} contacts in all`);
	return new NodeOperationError(context.getNode(), `${count} contacts are more than the ${most} one workflow holds, so nothing was sent. ${ways}`, {
		itemIndex: request.itemIndex,
	});
}

/**
 * One error item per contact of a chunk that could not be sent, carrying the contact's input fields.
 * Contacts typed into the node all belong to one input item: that item gets one error item for the
 * chunk, listing the chunk's numbers.
 */
function contactErrorItems(request: ContactBatchRequest, chunk: Chunk, error: NodeApiError | NodeOperationError, note: string): INodeExecutionData[] {
	if (request.fromOneItem) {
		const failed = errorItem(error, request.itemIndex);
		const numbers = request.contacts.numbers.slice(chunk.from, chunk.to);
		return [{ json: { ...failed.json, batch: note, contacts: numbers.length, numbers }, pairedItem: failed.pairedItem }];
	}
	return chunk.sources.map((source) => {
		const failed = errorItemWithInput(request.items, source, error);
		return { ...failed, json: { ...failed.json, batch: note } };
	});
}

function chunkNote(chunk: Chunk, targets: number): string {
	const of = targets > 1 ? ` of workflow ${chunk.target + 1}/${targets}` : '';
	return `chunk ${chunk.index + 1}/${chunk.of}${of}`;
}

/** A contact list checked and cut into chunks, ready to send. */
export interface PlannedBatches {
	request: ContactBatchRequest;
	targets: Chunk[][];
	/** Request fields of each target's first chunk. */
	fieldsOf: Array<Record<string, unknown>>;
	/** The item's escape hatch, read once for all the requests of the operation's own endpoint. */
	escapeHatch: IDataObject;
}

/**
 * Every check of a batch send that needs no answer from AIRudder: the batching options, the limit per
 * target and each target's first request (escape hatch, required fields). It sends nothing, so the
 * requests of several input items can all be checked before the first of them goes out.
 */
export function planContactBatches(context: IExecuteFunctions, request: ContactBatchRequest): PlannedBatches {
	const { list, itemIndex } = request;
	const { size, split } = readBatching(context, list, itemIndex);
	const escapeHatch = readEscapeHatch(context, request.endpoint, itemIndex);
	refuseListInEscapeHatch(context, request, escapeHatch);
	const limit = list.maxPerTarget ?? Number.POSITIVE_INFINITY;
	if (request.contacts.sources.length > limit && !(split && request.splitFields)) throw refuseOverLimit(context, request, limit);
	const targets = planChunks(request, size, limit);
	const fieldsOf = targets.map((_, target) =>
		targets.length > 1 && request.splitFields ? request.splitFields(request.fields, target, targets.length) : request.fields,
	);
	// The entries are built when each chunk goes; an empty list stands in for them here.
	for (const fields of fieldsOf) requestFields(context, request.endpoint, { ...fields, [list.field]: [] }, itemIndex, { escapeHatch });
	return { request, targets, fieldsOf, escapeHatch };
}

/**
 * The endpoint and wire fields of one chunk's request. A later chunk of a target that continues
 * elsewhere (create, then add) goes to that endpoint with fields from the first chunk's answer, and
 * without the escape hatch, which belongs to the operation the user set up, not to the adds.
 */
function chunkRequest(
	context: IExecuteFunctions,
	{ request, fieldsOf, escapeHatch }: PlannedBatches,
	chunk: Chunk,
	firstAnswer: IDataObject | undefined,
): { endpoint: Endpoint; wire: IDataObject } {
	const later = chunk.index > 0 ? request.continueWith : undefined;
	const endpoint = later ? later.endpoint : request.endpoint;
	const fields = later ? later.fields(firstAnswer ?? {}) : fieldsOf[chunk.target];
	const entries = { [request.list.field]: entriesOf(request, chunk) };
	return { endpoint, wire: requestFields(context, endpoint, { ...fields, ...entries }, request.itemIndex, { escapeHatch: later ? false : escapeHatch }) };
}

/** The requests a planned list would send, one item each with its chunk's contacts paired; nothing is sent. */
export function previewPlannedBatches(context: IExecuteFunctions, plan: PlannedBatches): INodeExecutionData[] {
	const { request, targets } = plan;
	const answerStandIn = unsentAnswer(request.endpoint);
	return targets.flat().map((chunk) => {
		const { endpoint, wire } = chunkRequest(context, plan, chunk, answerStandIn);
		return {
			json: { ...previewRequest(endpoint, wire), batch: chunkNote(chunk, targets.length), contacts: chunk.sources.length },
			pairedItem: request.fromOneItem ? { item: request.itemIndex } : chunk.sources.map((item) => ({ item })),
		};
	});
}

/** Sends a planned contact list; see the file comment. Throws (without Continue On Fail) once a chunk fails. */
export async function sendPlannedBatches(this: IExecuteFunctions, plan: PlannedBatches): Promise<INodeExecutionData[]> {
	const { request, targets } = plan;
	const { itemIndex } = request;
	const continueOnFail = this.continueOnFail();
	const firsts = targets.map(() => {
		let settle: (outcome: ChunkOutcome) => void = () => {};
		const promise = new Promise<ChunkOutcome>((resolve) => (settle = resolve));
		return { promise, settle };
	});
	// First chunks first: a later chunk waits for its target's first answer (e.g. the new workflow_id).
	const queue = [...targets.map((chunks) => chunks[0]), ...targets.flatMap((chunks) => chunks.slice(1))];
	const outcomes = new Map<Chunk, ChunkOutcome>();
	let stopped = false;

	const send = async (chunk: Chunk): Promise<ChunkOutcome> => {
		let firstAnswer: IDataObject | undefined;
		if (chunk.index > 0) {
			const first = await firsts[chunk.target].promise;
			if (!first.ok) return first;
			firstAnswer = first.data;
		}
		try {
			const { endpoint, wire } = chunkRequest(this, plan, chunk, firstAnswer);
			if (chunk.index === 0 && request.sendFirstRequest) return { ok: true, data: await request.sendFirstRequest(wire) };
			const { body } = await sendFields.call(this, endpoint, wire, itemIndex);
			return { ok: true, data: dataAsItem(body) };
		} catch (error) {
			return { ok: false, error: asNodeError(this, error, itemIndex) };
		}
	};

	let next = 0;
	const worker = async () => {
		while (next < queue.length && !stopped) {
			const chunk = queue[next++];
			const outcome = await send(chunk);
			outcomes.set(chunk, outcome);
			if (chunk.index === 0) firsts[chunk.target].settle(outcome);
			if (!outcome.ok && !continueOnFail) stopped = true;
		}
	};
	const workers = Math.min(readRequestSettings(this).concurrency, queue.length);
	await Promise.all(Array.from({ length: workers }, worker));
	for (const [target, chunks] of targets.entries()) {
		if (!outcomes.has(chunks[0])) firsts[target].settle({ ok: false, error: new NodeOperationError(this.getNode(), 'not sent: an earlier chunk failed') });
	}
	if (stopped) throw failureSummary(this, targets, outcomes, itemIndex);

	const output: INodeExecutionData[] = [];
	for (const chunks of targets) {
		const first = outcomes.get(chunks[0]);
		for (const chunk of chunks) {
			const outcome = outcomes.get(chunk)!;
			const note = chunkNote(chunk, targets.length);
			if (!outcome.ok) {
				output.push(...contactErrorItems(request, chunk, outcome.error, note));
				continue;
			}
			const made = chunk.index > 0 && first?.ok ? first.data : {};
			output.push({
				json: { ...made, ...outcome.data, batch: note, contacts: chunk.sources.length },
				pairedItem: request.fromOneItem ? { item: itemIndex } : chunk.sources.map((item) => ({ item })),
			});
		}
	}
	return output;
}

/** Without Continue On Fail: say what was sent and what was not, so nothing is silently lost. */
function failureSummary(
	context: IExecuteFunctions,
	targets: Chunk[][],
	outcomes: Map<Chunk, ChunkOutcome>,
	itemIndex: number,
): NodeApiError | NodeOperationError {
	const all = targets.flat();
	const failed = all.find((chunk) => outcomes.get(chunk)?.ok === false)!;
	const error = (outcomes.get(failed) as { error: NodeApiError | NodeOperationError }).error;
	const sent = all.filter((chunk) => outcomes.get(chunk)?.ok === true);
	const sentContacts = sent.reduce((sum, chunk) => sum + chunk.sources.length, 0);
	const unsent = all.length - sent.length;
	const note = `${chunkNote(failed, targets.length)} failed; ${sent.length} chunk(s) with ${sentContacts} contacts were accepted, ${unsent} chunk(s) were not (turn on Continue On Fail to get those contacts as items to send again)`;
	error.description = [error.description, note].filter(Boolean).join('; ');
	if (error instanceof NodeOperationError) error.context.itemIndex = itemIndex;
	return error;
}
