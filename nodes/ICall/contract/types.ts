/**
 * Provenance of a contract fact (see CONTRACT.md):
 * D documented by the vendor, C observed in public client code, M modeled by us.
 * Compound tags such as "path C, body M" keep the nuance of the contract table.
 */
export type Provenance = string;

export type Family = 'calling' | 'workflow' | 'chatbot';

export type HttpMethod = 'GET' | 'POST';

export interface WireField {
	/** The exact name on the wire. */
	wire: string;
	tag: Provenance;
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
	tag: Provenance;
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
	/** Whether an n8n operation implements the endpoint in this release. */
	implemented: boolean;
	/** The request is multipart/form-data instead of JSON. */
	multipart?: boolean;
	/** The response may be the file itself rather than JSON. */
	/** A POST that only reads (a list, a detail page): as safe to repeat after a failure as a GET. */
	readsOnly?: boolean;
	mayReturnFile?: boolean;
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

export interface DocSection {
	title: string;
	what: string;
	coverage: string;
	tag: Provenance;
}

/** Whether repeating a failed request can do nothing twice: every GET, and the POSTs that only read. */
export function isSafeToRepeat(endpoint: Pick<Endpoint, 'method' | 'readsOnly'>): boolean {
	return endpoint.method === 'GET' || endpoint.readsOnly === true;
}

export function isModeled(tag: Provenance): boolean {
	return /\bM\b/.test(tag);
}
