// Dev tooling for the iCall sandbox: never ships in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { conventions } from '../contract';
import type { SandboxEndpointId } from '../faults';
import type { StreamedFile } from '../media/recordings';
import type { RequestLog, RequestLogEntry } from '../request-log';
import { openRequest, sealAnswer, type SealedAnswerForm } from './encryption';
import { SandboxError, envelopeCode } from './envelope';

const codeKey = conventions.envelope.code;
const dataKey = conventions.envelope.data;
const [messageKey] = conventions.envelope.messageKeys;

const maxBodyBytes = 50 * 1024 * 1024;

export function isMultipart(contentType: string | undefined): boolean {
	return /^multipart\/form-data/i.test(contentType ?? '');
}

/** One request and its answer; records itself in the request log once answered or reset. */
export class Exchange {
	readonly entry: RequestLogEntry;
	private recorded = false;
	private echo = false;
	/** Encrypted-account mode: the decrypted JSON text of a sealed POST. */
	private plaintextBody?: string;
	/** Encrypted-account mode: answers are sealed with this key, in this form. */
	private seal?: { key: string; form: SealedAnswerForm };
	/** The answer (or reset) leaves once this settles: latency that overlaps processing. */
	private answerHeld?: Promise<unknown>;

	private constructor(
		/** When the request's head arrived, before its body was read. */
		readonly started: number,
		private readonly request: IncomingMessage,
		private readonly response: ServerResponse,
		private readonly log: RequestLog,
		readonly url: URL,
		readonly rawBody: Buffer,
	) {
		this.entry = {
			endpointId: 'unknown',
			method: request.method ?? 'GET',
			path: url.pathname,
			query: Object.fromEntries(url.searchParams),
			body: undefined,
			headers: request.headers,
			unknownFields: [],
			outcome: 'answered',
			timestamp: this.started,
			durationMs: 0,
		};
		response.on('close', () => this.record());
	}

	static async open(request: IncomingMessage, response: ServerResponse, log: RequestLog): Promise<Exchange> {
		const started = Date.now();
		const url = new URL(request.url ?? '/', 'http://sandbox.local');
		// Multipart uploads can be 100 MiB: their body is streamed by the upload handler instead.
		if (isMultipart(request.headers['content-type'])) return new Exchange(started, request, response, log, url, Buffer.alloc(0));
		const parts: Buffer[] = [];
		let size = 0;
		for await (const part of request as AsyncIterable<Buffer>) {
			size += part.length;
			if (size > maxBodyBytes) break;
			parts.push(part);
		}
		return new Exchange(started, request, response, log, url, Buffer.concat(parts));
	}

	/** The raw body of a multipart request, as it arrives. */
	bodyStream(): AsyncIterable<Buffer> {
		return this.request as AsyncIterable<Buffer>;
	}

	/** Reads and drops what is left of a streamed body, so an early answer reaches the client. */
	async drain(): Promise<void> {
		if (this.request.readableEnded) return;
		const ended = new Promise<void>((resolve) => {
			this.request.once('end', resolve);
			this.request.once('close', resolve);
		});
		this.request.resume();
		await ended;
	}

	get method(): string {
		return this.entry.method;
	}

	setEndpoint(id: SandboxEndpointId | 'unknown'): void {
		this.entry.endpointId = id;
	}

	/**
	 * Encrypted-account mode: opens a sealed request (its query or body become the decrypted ones) and
	 * seals every later answer; refuses a plain request that carries data.
	 */
	openSealed(key: string, answerForm: SealedAnswerForm): void {
		const opened = openRequest(key, this.method, this.url.search.slice(1), this.rawBody, this.request.headers);
		if (!opened.sealed) return;
		this.entry.encrypted = true;
		this.seal = { key, form: answerForm };
		if (opened.plaintext === undefined) return;
		if (this.method === 'GET') this.entry.query = Object.fromEntries(new URLSearchParams(opened.plaintext));
		else this.plaintextBody = opened.plaintext;
	}

	/** The JSON body as an object; throws a ParamError for anything else. */
	jsonBody(): Record<string, unknown> {
		const text = this.plaintextBody ?? this.rawBody.toString('utf8');
		let parsed: unknown;
		try {
			parsed = text.trim() === '' ? {} : JSON.parse(text);
		} catch (error) {
			throw SandboxError.param('body', `not valid JSON (${(error as Error).message})`);
		}
		this.entry.body = parsed;
		if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
			throw SandboxError.param('body', 'must be a JSON object');
		}
		return parsed as Record<string, unknown>;
	}

	/** From now on every answer, JSON or text, repeats this request (fault `echoRequest`). */
	echoRequest(): void {
		this.echo = true;
	}

	private echoedRequest() {
		return { headers: this.request.headers, query: this.entry.query, body: this.rawBody.toString('utf8') };
	}

	private withEcho(body: unknown): unknown {
		if (!this.echo || typeof body !== 'object' || body === null) return body;
		const request = this.echoedRequest();
		const flat: Record<string, string> = { body: request.body };
		for (const [name, value] of Object.entries(this.request.headers)) flat[name] = String(value);
		const echo = { request, requestForm: new URLSearchParams(flat).toString() };
		const answer: Record<string, unknown> = { ...(body as Record<string, unknown>), ...echo };
		const data = answer[dataKey];
		if (answer[codeKey] === conventions.envelope.successCode) {
			if (typeof data === 'object' && data !== null && !Array.isArray(data)) answer[dataKey] = { ...data, ...echo };
		} else {
			const said = typeof answer[messageKey] === 'string' ? `${answer[messageKey] as string} ` : '';
			answer[messageKey] = `${said}(request was ${JSON.stringify(request)})`;
		}
		return answer;
	}

	/** Processing goes on; whatever answer it gives leaves only once `ready` settles. */
	holdAnswerUntil(ready: Promise<unknown>): void {
		this.answerHeld = ready;
	}

	private whenAnswerMayLeave(answer: () => void): void {
		if (this.answerHeld) void this.answerHeld.then(answer);
		else answer();
	}

	sendJson(status: number, answer: unknown, headers: Record<string, string> = {}): void {
		this.whenAnswerMayLeave(() => this.writeJson(status, answer, headers));
	}

	private writeJson(status: number, answer: unknown, headers: Record<string, string>): void {
		const body = this.withEcho(answer);
		const json = JSON.stringify(body);
		this.entry.status = status;
		this.entry.code = envelopeCode(body);
		const sealed = this.seal ? sealAnswer(this.seal.key, json, this.seal.form) : undefined;
		const text = sealed?.text ?? json;
		this.response.writeHead(status, {
			'Content-Type': sealed ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
			'Content-Length': String(Buffer.byteLength(text)),
			...sealed?.headers,
			...headers,
		});
		this.response.end(text);
	}

	/** A non-JSON answer, as a proxy in front of the API would give it. */
	sendText(status: number, text: string): void {
		this.whenAnswerMayLeave(() => this.writeText(status, text));
	}

	private writeText(status: number, page: string): void {
		// A gateway's error page that shows the request it failed to pass on, headers first.
		const text = this.echo ? page.replace('</body>', `<pre>${JSON.stringify(this.echoedRequest())}</pre></body>`) : page;
		this.entry.status = status;
		this.response.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': String(Buffer.byteLength(text)) });
		this.response.end(text);
	}

	async sendFile(file: StreamedFile): Promise<void> {
		await this.answerHeld;
		this.entry.status = 200;
		this.response.writeHead(200, {
			'Content-Type': file.contentType,
			'Content-Length': String(file.size),
			'Content-Disposition': `attachment; filename="${file.fileName}"`,
		});
		// Readable.from respects backpressure: a slow client never makes the sandbox buffer the file.
		await pipeline(Readable.from(file.chunks()), this.response).catch(() => undefined);
	}

	/** Drops the connection without answering (fault injection). */
	reset(): void {
		this.whenAnswerMayLeave(() => {
			this.entry.outcome = 'reset';
			this.entry.status = undefined;
			this.request.socket.destroy();
		});
	}

	private record(): void {
		if (this.recorded) return;
		this.recorded = true;
		this.entry.durationMs = Date.now() - this.started;
		this.log.record(this.entry);
	}
}
