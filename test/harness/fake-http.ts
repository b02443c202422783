// Test-only code: it never ships (package.json "files" is ["dist"]), so Node globals and fs are fine here.
import type { IDataObject } from 'n8n-workflow';

export interface FakeRequestInput {
	/** Parsed body, as n8n's body parser leaves it on `req.body`. */
	body?: unknown;
	/** The exact bytes received; n8n keeps them on `req.rawBody` for signature checks. */
	rawBody?: Buffer | string;
	headers?: Record<string, string>;
	query?: IDataObject;
	params?: IDataObject;
	method?: string;
	path?: string;
}

/**
 * The parts of an express request that n8n's WebhookContext and trigger nodes read. Header names
 * are lower-cased like Node's http module does, and `header()`/`get()` look up case-insensitively.
 */
export function buildFakeRequest(input: FakeRequestInput) {
	const headers: Record<string, string> = {};
	for (const [name, value] of Object.entries(input.headers ?? {})) headers[name.toLowerCase()] = value;
	const rawBody =
		input.rawBody === undefined
			? Buffer.from(input.body === undefined ? '' : JSON.stringify(input.body))
			: Buffer.from(input.rawBody);
	const lookup = (name: string) => headers[name.toLowerCase()];
	return {
		body: input.body ?? {},
		rawBody,
		headers,
		query: input.query ?? {},
		params: input.params ?? {},
		method: input.method ?? 'POST',
		path: input.path ?? '/webhook',
		url: input.path ?? '/webhook',
		header: lookup,
		get: lookup,
	};
}

/** An express-like response that remembers what the node answered instead of writing to a socket. */
export class FakeResponse {
	statusCode = 200;

	readonly headers: Record<string, string> = {};

	sentBody: unknown = undefined;

	finished = false;

	get headersSent(): boolean {
		return this.finished;
	}

	status(code: number): this {
		this.statusCode = code;
		return this;
	}

	sendStatus(code: number): this {
		return this.status(code).send(String(code));
	}

	setHeader(name: string, value: string): this {
		this.headers[name.toLowerCase()] = String(value);
		return this;
	}

	set(name: string, value: string): this {
		return this.setHeader(name, value);
	}

	header(name: string, value: string): this {
		return this.setHeader(name, value);
	}

	getHeader(name: string): string | undefined {
		return this.headers[name.toLowerCase()];
	}

	writeHead(code: number, headers: Record<string, string> = {}): this {
		this.statusCode = code;
		for (const [name, value] of Object.entries(headers)) this.setHeader(name, value);
		return this;
	}

	send(body?: unknown): this {
		this.sentBody = body;
		this.finished = true;
		return this;
	}

	json(body: unknown): this {
		this.setHeader('content-type', 'application/json');
		return this.send(body);
	}

	end(body?: unknown): this {
		if (body !== undefined) this.sentBody = body;
		this.finished = true;
		return this;
	}
}
