// Dev tooling (benchmarks); never shipped in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
import * as fs from 'fs';

function statusField(pid: number, field: 'VmRSS' | 'VmHWM'): number {
	const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
	const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
	if (!match) throw new Error(`/proc/${pid}/status has no ${field}`);
	return Number(match[1]) * 1024;
}

interface Sample {
	at: number;
	rss: number;
}

/**
 * Memory of another process (the n8n server) read from /proc. Two tools: the kernel's exact
 * high-water mark (VmHWM), which `clear_refs` can reset to the current RSS before a run, and an
 * RSS sampler whose samples can be cut to the time window of one node.
 */
export class MemoryProbe {
	private samples: Sample[] = [];
	private timer: NodeJS.Timeout | undefined;

	constructor(readonly pid: number) {}

	rss(): number {
		return statusField(this.pid, 'VmRSS');
	}

	/** Sets VmHWM to the current RSS (Linux >= 4.0) and returns that RSS. */
	resetPeak(): number {
		fs.writeFileSync(`/proc/${this.pid}/clear_refs`, '5');
		return this.rss();
	}

	peak(): number {
		return statusField(this.pid, 'VmHWM');
	}

	startSampling(intervalMs = 5): void {
		this.stopSampling();
		this.samples = [];
		const take = () => this.samples.push({ at: Date.now(), rss: this.rss() });
		take();
		this.timer = setInterval(take, intervalMs);
	}

	stopSampling(): void {
		if (this.timer) clearInterval(this.timer);
		this.timer = undefined;
	}

	/** RSS growth during [start, end]: highest sample in the window minus the last one before it. */
	growthDuring(start: number, end: number): number {
		const before = [...this.samples].reverse().find((sample) => sample.at <= start) ?? this.samples[0];
		const inside = this.samples.filter((sample) => sample.at >= start && sample.at <= end + 10);
		const top = Math.max(before.rss, ...inside.map((sample) => sample.rss));
		return top - before.rss;
	}
}

export const MiB = 1024 * 1024;
