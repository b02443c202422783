// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { createHash } from 'node:crypto';

/**
 * Deterministic "randomness": every draw is a hash of the seed and a key that names what is drawn
 * (e.g. "outcome", callee, round). The same seed and key always give the same value, independent of
 * the order in which other draws happened, so tests and benchmarks are stable.
 */
export class SeededRandom {
	constructor(readonly seed: string) {}

	/** A number in [0, 1). */
	fraction(...key: Array<string | number>): number {
		const digest = this.digest(key);
		return digest.readUIntBE(0, 6) / 2 ** 48;
	}

	/** An integer in [min, max] (both inclusive). */
	integer(min: number, max: number, ...key: Array<string | number>): number {
		return min + Math.floor(this.fraction(...key) * (max - min + 1));
	}

	pick<T>(items: readonly T[], ...key: Array<string | number>): T {
		return items[Math.floor(this.fraction(...key) * items.length)];
	}

	/** Hex identifier, stable for a seed and key (used for TaskID, CallID, PlanID). */
	hexId(length: number, ...key: Array<string | number>): string {
		return this.digest(key).toString('hex').slice(0, length);
	}

	private digest(key: Array<string | number>): Buffer {
		return createHash('sha256').update(`${this.seed}\u0000${key.join('\u0000')}`).digest();
	}
}
