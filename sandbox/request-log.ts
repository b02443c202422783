// Dev tooling for the iCall sandbox: never ships in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports */
import type { IncomingHttpHeaders } from 'node:http';
import type { SandboxEndpointId } from './faults';

export interface RequestLogEntry {
	/** Contract endpoint id ('taskCreate', ...), 'auth', a recording file, or 'unknown' (404). */
	endpointId: SandboxEndpointId | 'unknown';
	method: string;
	path: string;
	query: Record<string, string>;
	/** Parsed JSON body (undefined for GET or unparsable bodies). */
	body: unknown;
	headers: IncomingHttpHeaders;
	/** Top-level fields the contract does not list (sent through "Additional Body Fields"). */
	unknownFields: string[];
	/** Encrypted-account mode: the request came sealed (its query/body above are the decrypted ones). */
	encrypted?: boolean;
	/** HTTP status answered; undefined when the socket was reset. */
	status?: number;
	/** Envelope code answered, when the answer was an envelope. */
	code?: number;
	/** 'reset' when the connection was destroyed without an answer. */
	outcome: 'answered' | 'reset';
	/** Real time the request arrived (ms since epoch). */
	timestamp: number;
	durationMs: number;
}

export interface CallbackAttempt {
	/** Real time of the attempt. */
	timestamp: number;
	/** Virtual time of the attempt (the clock the tries are spaced on). */
	virtualTime: number;
	status?: number;
	error?: string;
}

export interface CallbackDelivery {
	/** Webhook event id from the contract catalog ('call.finished', ...). */
	event: string;
	url: string;
	payload: Record<string, unknown>;
	attempts: CallbackAttempt[];
	delivered: boolean;
	/** True once no more tries will be made (delivered, or tries exhausted). */
	done: boolean;
}

/**
 * What the sandbox saw and answered. Entries are kept up to a limit (benchmarks send many requests);
 * per-endpoint counters are never trimmed.
 */
export class RequestLog {
	private requestEntries: RequestLogEntry[] = [];
	private readonly counters = new Map<string, number>();
	private deliveries: CallbackDelivery[] = [];
	private readonly listeners: Array<(entry: RequestLogEntry) => void> = [];

	constructor(private readonly limit = 10_000) {}

	get entries(): readonly RequestLogEntry[] {
		return this.requestEntries;
	}

	get callbacks(): readonly CallbackDelivery[] {
		return this.deliveries;
	}

	forEndpoint(endpointId: RequestLogEntry['endpointId']): RequestLogEntry[] {
		return this.requestEntries.filter((entry) => entry.endpointId === endpointId);
	}

	/** Requests received by an endpoint since the last clear (faulted and rejected ones included). */
	count(endpointId: RequestLogEntry['endpointId']): number {
		return this.counters.get(endpointId) ?? 0;
	}

	counts(): Record<string, number> {
		return Object.fromEntries(this.counters);
	}

	last(endpointId?: RequestLogEntry['endpointId']): RequestLogEntry | undefined {
		const list = endpointId ? this.forEndpoint(endpointId) : this.requestEntries;
		return list[list.length - 1];
	}

	/** Called once per finished request (the CLI prints one line per request with it). */
	onEntry(listener: (entry: RequestLogEntry) => void): void {
		this.listeners.push(listener);
	}

	record(entry: RequestLogEntry): void {
		this.counters.set(entry.endpointId, this.count(entry.endpointId) + 1);
		this.requestEntries.push(entry);
		if (this.requestEntries.length > this.limit) this.requestEntries.splice(0, this.requestEntries.length - this.limit);
		for (const listener of this.listeners) listener(entry);
	}

	recordDelivery(delivery: CallbackDelivery): void {
		this.deliveries.push(delivery);
		if (this.deliveries.length > this.limit) this.deliveries.splice(0, this.deliveries.length - this.limit);
	}

	clear(): void {
		this.requestEntries = [];
		this.deliveries = [];
		this.counters.clear();
	}
}
