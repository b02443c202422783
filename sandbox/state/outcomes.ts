// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { callStatuses } from '../contract';
import type { SeededRandom } from '../random';
import type { Business } from './catalog';

/** Final states a dialled call can reach by itself (cancellation is an operator action). */
export type DialOutcome = Exclude<keyof typeof callStatuses, 'canceled'>;

export interface CallScript {
	outcome: DialOutcome;
	/** Virtual ms from dialling to hang-up. */
	totalMs: number;
	/** Talk time in whole seconds (0 unless answered): the row's Duration. */
	talkSeconds: number;
	intention: string;
}

/** Rough shares seen in outbound collection campaigns; only their stability matters to tests. */
const shares: Array<[DialOutcome, number]> = [
	['answered', 0.55],
	['noAnswer', 0.25],
	['busy', 0.12],
	['failed', 0.08],
];

const intentions: Record<Business, string[]> = {
	collection: ['Promise to pay', 'Already paid', 'Refuse to pay', 'Request callback', 'Wrong person'],
	telemarketing: ['Interested', 'Not interested', 'Request callback', 'Already a customer'],
	infoCheck: ['Identity confirmed', 'Identity mismatch', 'Employer confirmed', 'Refused to answer'],
};

/**
 * Decides how the call to `callee` in round/attempt `attempt` goes: a pure function of seed, callee
 * and attempt, so a re-dial in a later plan round can go differently from the first one.
 * `forced` (SandboxOptions.outcomes) pins the outcome of a number for tests.
 */
export function scriptCall(
	random: SeededRandom,
	callee: string,
	attempt: number,
	business: Business,
	forced?: DialOutcome,
): CallScript {
	const outcome = forced ?? pickOutcome(random.fraction('outcome', callee, attempt));
	const draw = (min: number, max: number, what: string) => random.integer(min, max, what, callee, attempt);
	switch (outcome) {
		case 'answered': {
			const talkSeconds = draw(20, 180, 'talk');
			const ringMs = draw(3_000, 15_000, 'ring');
			return { outcome, totalMs: ringMs + talkSeconds * 1000, talkSeconds, intention: random.pick(intentions[business], 'intention', callee, attempt) };
		}
		case 'noAnswer':
			return { outcome, totalMs: draw(30_000, 45_000, 'ring'), talkSeconds: 0, intention: '' };
		case 'busy':
			return { outcome, totalMs: draw(2_000, 6_000, 'ring'), talkSeconds: 0, intention: '' };
		case 'failed':
			return { outcome, totalMs: draw(500, 2_000, 'ring'), talkSeconds: 0, intention: '' };
	}
}

function pickOutcome(fraction: number): DialOutcome {
	let cumulative = 0;
	for (const [outcome, share] of shares) {
		cumulative += share;
		if (fraction < cumulative) return outcome;
	}
	return 'failed';
}
