// Dev tooling (benchmarks); never shipped in the n8n package.

/** A figure measured several times: what the report prints. */
export interface Spread {
	median: number;
	min: number;
	max: number;
	samples: number[];
}

export function spreadOf(samples: number[]): Spread {
	if (samples.length === 0) throw new Error('spreadOf: no samples');
	const sorted = [...samples].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	return { median, min: sorted[0], max: sorted[sorted.length - 1], samples };
}

/** One A run and the B run right after it: the two saw the same machine state. */
export interface Pair<T> {
	a: T;
	b: T;
}

/**
 * Runs A then B, `pairs` times, after one unmeasured warm-up of each (JIT, module loading, the
 * first login; a smaller warm-up can be given when a full run takes minutes). Alternating instead of "all A, then all B" keeps a drift of the machine (a
 * background job, a growing database) from landing on one side only.
 */
export async function runPairs<T>(
	pairs: number,
	runA: () => Promise<T>,
	runB: () => Promise<T>,
	onPair?: (index: number, pair: Pair<T>) => void,
	warmUp: { a: () => Promise<unknown>; b: () => Promise<unknown> } = { a: runA, b: runB },
): Promise<Array<Pair<T>>> {
	await warmUp.a();
	await warmUp.b();
	const results: Array<Pair<T>> = [];
	for (let index = 0; index < pairs; index++) {
		const pair = { a: await runA(), b: await runB() };
		results.push(pair);
		onPair?.(index, pair);
	}
	return results;
}

/** Median of the per-pair ratios A/B: each ratio compares runs made side by side. */
export function pairRatios<T>(pairs: Array<Pair<T>>, figure: (run: T) => number): Spread {
	return spreadOf(pairs.map((pair) => figure(pair.a) / figure(pair.b)));
}

export function sideSpread<T>(pairs: Array<Pair<T>>, side: 'a' | 'b', figure: (run: T) => number): Spread {
	return spreadOf(pairs.map((pair) => figure(pair[side])));
}
