// Dev tooling for the iCall sandbox: never ships in the n8n package.
import type { VirtualClock } from '../clock';
import { conventions, webhookEvents } from '../contract';
import type { CallbackDelivery, RequestLog } from '../request-log';
import { encryptedCallback, type CallbackEncryptionParameters } from './encryption';
import { postBody, type PostResult } from './http-post';
import { signCallbackBody, signatureHeader, type SigningSettings } from './signing';

/**
 * Where and how the sandbox posts the webhook catalog's events. All of it can change at run time
 * (`sandbox.callbacks.configure`), since a test usually starts its receiver after the sandbox.
 */
export interface CallbackSettings extends SigningSettings {
	/** Receiver URL; no callbacks are sent while unset. */
	url?: string;
	/** Appended to the URL as the `token` query parameter (the trigger's URL secret). */
	token?: string;
	/** Encrypts each body: base64 ciphertext with `Is-Encrypted: 1` and `Signed` (see encryption.ts). */
	encryption?: CallbackEncryptionParameters;
	/** Tries per event, first included (default: the contract's 5). */
	maxTries?: number;
	/** Virtual ms between tries (default: the contract's 60 s; the clock speed scales it). */
	retryIntervalMs?: number;
	/** Real ms to wait for the receiver's answer (default 10 000). */
	timeoutMs?: number;
	/**
	 * Deliveries in flight at once (default 1: events arrive in the order they happened, so a task's
	 * last call.finished precedes its task.finished). Raise it to load a receiver harder.
	 */
	concurrency?: number;
}

/** Query parameter of the URL secret (CONTRACT.md: "require a `token` query parameter"). */
export const callbackTokenParameter = conventions.callbacks.tokenQueryParameter;

/** Resolves an event id against the contract catalog, so a renamed event fails loudly at load. */
export function catalogEvent(id: string): string {
	if (!webhookEvents.some((event) => event.id === id)) throw new Error(`contract has no webhook event "${id}"`);
	return id;
}

/** Keeps only the keys the catalog lists for an event, in that order. */
export function payloadFor(eventId: string, row: Record<string, unknown>): Record<string, unknown> {
	const event = webhookEvents.find((candidate) => candidate.id === eventId);
	if (!event) throw new Error(`contract has no webhook event "${eventId}"`);
	return Object.fromEntries(event.payload.filter((key) => key in row).map((key) => [key, row[key]]));
}

/** Posts events with AIRudder's retry rule: on a non-2xx answer or no answer, try again later. */
export class CallbackDispatcher {
	private settings: CallbackSettings;
	private readonly waiting: Array<() => void> = [];
	private active = 0;

	constructor(
		private readonly clock: VirtualClock,
		private readonly log: RequestLog,
		settings: CallbackSettings = {},
		/** How the account changes each catalog event before posting it (the drifted account adds a field). */
		private readonly reshape: (payload: Record<string, unknown>) => Record<string, unknown> = (payload) => payload,
	) {
		this.settings = { ...settings };
	}

	configure(settings: Partial<CallbackSettings>): void {
		this.settings = { ...this.settings, ...settings };
	}

	current(): Readonly<CallbackSettings> {
		return this.settings;
	}

	/** Sends an event now and schedules retries on the virtual clock; a no-op without a URL. */
	emit(eventId: string, payload: Record<string, unknown>): void {
		const url = this.settings.url;
		if (!url) return;
		const delivery: CallbackDelivery = { event: eventId, url, payload: this.reshape(payload), attempts: [], delivered: false, done: false };
		this.log.recordDelivery(delivery);
		this.attempt(delivery);
	}

	/** One POST with the configured URL token, signature and encryption; no retry, no log. */
	postOnce(payload: Record<string, unknown>, url = this.settings.url): Promise<PostResult> {
		if (!url) return Promise.resolve({ error: 'no callback URL configured' });
		const { body, headers } = this.prepare(payload);
		return postBody(this.targetUrl(url), body, headers, this.settings.timeoutMs ?? 10_000);
	}

	private attempt(delivery: CallbackDelivery): void {
		const work = this.inTurn(() => this.postOnce(delivery.payload, delivery.url)).then((result) => {
			delivery.attempts.push({
				timestamp: Date.now(),
				virtualTime: this.clock.now(),
				status: result.status,
				error: result.error,
			});
			delivery.delivered = result.status !== undefined && result.status >= 200 && result.status < 300;
			const maxTries = this.settings.maxTries ?? conventions.callbacks.maxTries;
			if (delivery.delivered || delivery.attempts.length >= maxTries) {
				delivery.done = true;
				return;
			}
			const interval = this.settings.retryIntervalMs ?? conventions.callbacks.retryIntervalSeconds * 1000;
			this.clock.schedule(interval, 'callback retry', () => this.attempt(delivery));
		});
		this.clock.track(work);
	}

	/** Runs `post` once fewer than `concurrency` posts are in flight, first come first served. */
	private async inTurn<T>(post: () => Promise<T>): Promise<T> {
		// A finishing post hands its slot straight to the next waiter, so no newcomer can jump the queue.
		if (this.active >= Math.max(1, this.settings.concurrency ?? 1)) {
			await new Promise<void>((resolve) => this.waiting.push(resolve));
		} else {
			this.active++;
		}
		try {
			return await post();
		} finally {
			const next = this.waiting.shift();
			if (next) next();
			else this.active--;
		}
	}

	private prepare(payload: Record<string, unknown>): { body: string; headers: Record<string, string> } {
		const json = JSON.stringify(payload);
		const plain = { body: json, headers: { 'Content-Type': 'application/json' } };
		const { body, headers: bodyHeaders } = this.settings.encryption ? encryptedCallback(json, this.settings.encryption) : plain;
		const headers: Record<string, string> = { ...bodyHeaders, [conventions.userAgent.header]: conventions.callbacks.userAgent };
		const signature = signCallbackBody(body, this.settings);
		if (signature !== undefined) headers[signatureHeader] = signature;
		return { body, headers };
	}

	private targetUrl(url: string): string {
		if (!this.settings.token) return url;
		const target = new URL(url);
		target.searchParams.set(callbackTokenParameter, this.settings.token);
		return target.toString();
	}
}
