/**
 * How sure we are of a contract fact: D documented by the vendor, C observed in public client code,
 * M modeled by us. Compound tags such as "path C, body M" keep the nuance. Only endpoint and event
 * tags ship (errors and the trigger's event list quote them); the tag of each field lives with the
 * sandbox's contract data.
 */

export type Provenance = string;

export type Family = 'calling' | 'workflow' | 'chatbot';

export type HttpMethod = 'GET' | 'POST';

export interface WireField {
	/** The exact name on the wire. */
	wire: string;
	required?: boolean;
}

/** Robot variables travel as keys of the contact entry itself (the classic task API, D). */
export const VARIABLES_AT_TOP_LEVEL = '(top level)';

/** Wire names of one contact inside a contact list (`Details[]`, `details[]`, `receivers[]`). */
export interface ContactEntry {
	/** The phone number, E.164. */
	number: string;
	caseId?: string;
	/** A robot for this contact only, overriding the request's. */
	robotId?: string;
	/** Wire name of the nested variables object, or VARIABLES_AT_TOP_LEVEL. */
	variables: string;
}

export interface ContactList {
	/** Key (in the endpoint's `fields`) of the list field. */
	field: string;
	entry: ContactEntry;
	/** Most contacts one request may carry; bigger lists go out in chunks. */
	maxPerRequest?: number;
	/** Most contacts one target (e.g. one workflow) may hold in all. */
	maxPerTarget?: number;
}

export interface Pagination {
	/** Wire name of the 1-based page number. */
	page: string;
	/** Wire name of the page size. */
	size: string;
}

export interface Endpoint {
	resource: string;
	operation: string;
	family: Family;
	/** English title in the vendor's table of contents. */
	title: string;
	method: HttpMethod;
	path: string;
	/** How sure we are of the endpoint as a whole, in words; error details quote it. */
	tag: Provenance;
	/** Where the request is sent: query string for GET, JSON body otherwise. */
	fields: Record<string, WireField>;
	/** The endpoint sends a list of contacts: which field holds it and how one contact looks. */
	contacts?: ContactList;
	/** Wire names the response is known (or modeled) to carry. */
	result?: Record<string, string>;
	pagination?: Pagination;
	/** Groups of field keys of which at least one must be set (e.g. callee or caseId). */
	oneOf?: string[][];
	/** Constant wire values the operation always sends (e.g. Action: Stop). */
	constants?: Record<string, string>;
	/** The request is multipart/form-data instead of JSON. */
	multipart?: boolean;
	/** A POST that only reads (a list, a detail page): as safe to repeat after a failure as a GET. */
	readsOnly?: boolean;
	/** The response may be the file itself rather than JSON. */
	mayReturnFile?: boolean;
	/** What of the request is our model rather than the vendor's word; absent when none of it is. */
	modeled?: ModeledParts;
}

/**
 * The parts of a request that follow our model, so the editor can name exactly those. A request
 * whose path is modeled is modeled throughout; otherwise the fields are modeled all together or
 * key by key. The answer is mentioned only next to a modeled request: what the user can correct
 * is what they send, so a documented request needs no warning.
 */
export interface ModeledParts {
	/** The path is our model, and with it everything sent there and what comes back. */
	path?: true;
	/** The path is documented, but none of the request's fields are. */
	allFields?: true;
	/** Only these keys of `fields` are modeled. */
	fields?: string[];
	/** Only these keys of each contact in the contact list are modeled. */
	contactKeys?: Array<keyof ContactEntry>;
	/** The field names of the answer are modeled too. */
	answer?: true;
}

export interface EventRule {
	/** Every key must be present at the top level of the payload. */
	present: string[];
	/** None of these keys may be present. */
	absent?: string[];
	/** Top-level keys that must carry exactly this value. */
	equals?: Record<string, string>;
	/** Top-level keys whose value must be a JSON object (not text, a list or null). */
	objects?: string[];
}

export interface WebhookEvent {
	id: string;
	family: Family | 'dialer' | 'inbound';
	title: string;
	rule: EventRule;
	/** Top-level payload fields (the first ones are the recognition keys). */
	payload: string[];
	tag: Provenance;
}

/** Whether repeating a failed request can do nothing twice: every GET, and the POSTs that only read. */
export function isSafeToRepeat(endpoint: Pick<Endpoint, 'method' | 'readsOnly'>): boolean {
	return endpoint.method === 'GET' || endpoint.readsOnly === true;
}

export function isModeled(tag: Provenance): boolean {
	return /\bM\b/.test(tag);
}

/** One contact in the contract's logical terms; ContactEntry gives its wire names. */
export interface Contact {
	number: string;
	caseId?: string;
	robotId?: string;
	/** Robot variables by name; values as the user gave them (text, numbers, booleans). */
	variables?: Record<string, unknown>;
}

/** The wire keys a contact entry uses for its own fields; a variable may not take one of them. */
export function reservedContactKeys(entry: ContactEntry): string[] {
	const keys = [entry.number, entry.caseId, entry.robotId];
	if (entry.variables !== VARIABLES_AT_TOP_LEVEL) keys.push(entry.variables);
	return keys.filter((key): key is string => key !== undefined);
}

/**
 * The wire form of one contact. Variables at the entry's top level go first, so that the number,
 * case and robot are what the entry carries even if a same-named variable slipped through. A nested
 * variables object goes last: as the first key of a new entry it made building entries much slower
 * inside n8n's process (BENCHMARKS.md, "Measured in the code").
 */
export function contactToWire(entry: ContactEntry, contact: Contact): Record<string, unknown> {
	const wire: Record<string, unknown> = {};
	const nested = entry.variables !== VARIABLES_AT_TOP_LEVEL;
	if (contact.variables !== undefined && !nested) Object.assign(wire, contact.variables);
	wire[entry.number] = contact.number;
	if (contact.caseId !== undefined && entry.caseId) wire[entry.caseId] = contact.caseId;
	if (contact.robotId !== undefined && entry.robotId) wire[entry.robotId] = contact.robotId;
	if (contact.variables !== undefined && nested) wire[entry.variables] = contact.variables;
	return wire;
}

/** Reads a wire entry back into its parts (the sandbox's side of contactToWire); values are unchecked. */
export function contactFromWire(entry: ContactEntry, wire: Record<string, unknown>): Record<keyof Contact, unknown> {
	let variables: unknown = wire[entry.variables];
	if (entry.variables === VARIABLES_AT_TOP_LEVEL) {
		// Only the top-level form needs the reserved keys (a 1 000-entry list checks them 1 000 times).
		const reserved = new Set(reservedContactKeys(entry));
		variables = Object.fromEntries(Object.entries(wire).filter(([key]) => !reserved.has(key)));
	}
	return {
		number: wire[entry.number],
		caseId: entry.caseId ? wire[entry.caseId] : undefined,
		robotId: entry.robotId ? wire[entry.robotId] : undefined,
		variables,
	};
}

/**
 * What the package reads or expects of a read endpoint's answer, beyond the envelope: Account: Check
 * compares a real account's answer with it, so a user can tell us where the model is wrong.
 */
export interface ExpectedAnswer {
	/** `rows`: a list the paging rule finds in `data`; `object`: `data` is the one object. */
	holds: 'rows' | 'object';
	/** Wire names each row (or the object) carries. */
	fields: readonly string[];
	/** Fields that hold a list or an object; every other field holds text or a number. */
	nested?: Readonly<Record<string, 'list' | 'object'>>;
	tag: Provenance;
}
