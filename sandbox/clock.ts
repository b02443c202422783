// Dev tooling for the iCall sandbox: never ships in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports */
import { setInterval, clearInterval } from 'node:timers';

/**
 * How virtual time moves: a number is virtual milliseconds per real millisecond (1 = real time,
 * 60 = one virtual minute per real second); 'manual' freezes time so that only `advance` and
 * `runUntilIdle` move it, which is what deterministic tests want.
 */
export type ClockSpeed = number | 'manual';

interface ScheduledEvent {
	at: number;
	order: number;
	label: string;
	run: () => void;
	cancelled: boolean;
}

/**
 * The sandbox's virtual clock. Calls ringing, talking and ending, plan rounds and callback retries
 * are events on it. Asynchronous work started by an event (a callback POST) is tracked so that
 * `runUntilIdle` returns only when everything the platform would do has been done.
 */
export class VirtualClock {
	private nowMs: number;
	private readonly heap: ScheduledEvent[] = [];
	private nextOrder = 0;
	private readonly inflight = new Set<Promise<unknown>>();
	private ticker: ReturnType<typeof setInterval> | undefined;
	private lastRealMs = Date.now();

	constructor(
		epochMs: number,
		private speed: ClockSpeed,
		private readonly tickMs = 10,
	) {
		this.nowMs = epochMs;
		this.applySpeed();
	}

	now(): number {
		return this.nowMs;
	}

	getSpeed(): ClockSpeed {
		return this.speed;
	}

	setSpeed(speed: ClockSpeed): void {
		this.speed = speed;
		this.applySpeed();
	}

	/** Runs `run` after `delayMs` virtual milliseconds; returns a cancel function. */
	schedule(delayMs: number, label: string, run: () => void): () => void {
		const event: ScheduledEvent = {
			at: this.nowMs + Math.max(0, delayMs),
			order: this.nextOrder++,
			label,
			run,
			cancelled: false,
		};
		this.push(event);
		return () => {
			event.cancelled = true;
		};
	}

	/** Keeps `runUntilIdle` waiting until this promise settles (errors are the owner's business). */
	track(work: Promise<unknown>): void {
		const settled = work.then(
			() => undefined,
			() => undefined,
		);
		this.inflight.add(settled);
		void settled.then(() => this.inflight.delete(settled));
	}

	/** Number of events still waiting (cancelled ones excluded). */
	pendingEvents(): number {
		return this.heap.filter((event) => !event.cancelled).length;
	}

	/** Moves virtual time forward by `ms`, running every event due on the way, in order. */
	async advance(ms: number): Promise<void> {
		const target = this.nowMs + ms;
		await this.settleInflight();
		for (let event = this.peekDue(target); event; event = this.peekDue(target)) {
			this.runNext();
			await this.settleInflight();
		}
		this.nowMs = Math.max(this.nowMs, target);
	}

	/**
	 * Jumps from event to event until nothing is scheduled and nothing is in flight: every task and
	 * plan finishes and every callback (with its retries) is delivered. `maxEvents` guards against
	 * a feedback loop in a test setup.
	 */
	async runUntilIdle(maxEvents = 10_000_000): Promise<void> {
		let ran = 0;
		await this.settleInflight();
		while (this.dropCancelledHead()) {
			if (ran++ >= maxEvents) throw new Error(`clock: still busy after ${maxEvents} events`);
			this.runNext();
			await this.settleInflight();
		}
	}

	/** Drops every scheduled event (sandbox reset); virtual time keeps its value. */
	cancelAll(): void {
		for (const event of this.heap) event.cancelled = true;
		this.heap.length = 0;
	}

	stop(): void {
		if (this.ticker) clearInterval(this.ticker);
		this.ticker = undefined;
	}

	private applySpeed(): void {
		this.stop();
		if (this.speed === 'manual') return;
		const speed = this.speed;
		this.lastRealMs = Date.now();
		this.ticker = setInterval(() => {
			const realNow = Date.now();
			const target = this.nowMs + (realNow - this.lastRealMs) * speed;
			this.lastRealMs = realNow;
			while (this.peekDue(target)) this.runNext();
			this.nowMs = Math.max(this.nowMs, target);
		}, this.tickMs);
		this.ticker.unref();
	}

	private async settleInflight(): Promise<void> {
		while (this.inflight.size > 0) await Promise.all([...this.inflight]);
	}

	private peekDue(target: number): ScheduledEvent | undefined {
		if (!this.dropCancelledHead()) return undefined;
		return this.heap[0].at <= target ? this.heap[0] : undefined;
	}

	private dropCancelledHead(): boolean {
		while (this.heap.length > 0 && this.heap[0].cancelled) this.pop();
		return this.heap.length > 0;
	}

	private runNext(): void {
		const event = this.pop();
		this.nowMs = Math.max(this.nowMs, event.at);
		event.run();
	}

	// A binary min-heap on (at, order): tasks with thousands of callees schedule thousands of events.
	private push(event: ScheduledEvent): void {
		const heap = this.heap;
		heap.push(event);
		let index = heap.length - 1;
		while (index > 0) {
			const parent = (index - 1) >> 1;
			if (!earlier(heap[index], heap[parent])) break;
			[heap[index], heap[parent]] = [heap[parent], heap[index]];
			index = parent;
		}
	}

	private pop(): ScheduledEvent {
		const heap = this.heap;
		const top = heap[0];
		const last = heap.pop() as ScheduledEvent;
		if (heap.length > 0) {
			heap[0] = last;
			let index = 0;
			for (;;) {
				const left = index * 2 + 1;
				const right = left + 1;
				let smallest = index;
				if (left < heap.length && earlier(heap[left], heap[smallest])) smallest = left;
				if (right < heap.length && earlier(heap[right], heap[smallest])) smallest = right;
				if (smallest === index) break;
				[heap[index], heap[smallest]] = [heap[smallest], heap[index]];
				index = smallest;
			}
		}
		return top;
	}
}

function earlier(a: ScheduledEvent, b: ScheduledEvent): boolean {
	return a.at < b.at || (a.at === b.at && a.order < b.order);
}
