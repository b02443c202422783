// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { demoAccount, type SandboxAccount } from './auth';
import type { CallbackSettings } from './callbacks/dispatcher';
import type { ClockSpeed } from './clock';
import { conventions } from './contract';
import type { FaultSpec } from './faults';
import type { RecordingSettings } from './media/recordings';
import type { DialOutcome } from './state/outcomes';

export interface SandboxOptions {
	/** TCP port; 0 (default) picks a free one. The CLI defaults to 4010. */
	port?: number;
	/** Interface to listen on (default 127.0.0.1). */
	host?: string;
	/** Accepted credentials (default: appKey "demo-key", appSecret "demo-secret"). */
	accounts?: SandboxAccount[];
	/** Seed of every deterministic draw: IDs, call outcomes, durations, fault hits (default "airudder"). */
	seed?: string | number;
	/** Virtual ms per real ms, or 'manual' (tests: time moves only via clock.advance/runUntilIdle). Default 60. */
	speed?: ClockSpeed;
	/** New calls a task starts per virtual second (default 5). */
	callsPerSecond?: number;
	/** Virtual time at start, epoch ms (default: now). Fix it for byte-identical StartTime/EndTime. */
	epochMs?: number;
	/** Token lifetime in real ms, sliding (default 24 h). */
	tokenLifetimeMs?: number;
	/** Webhook delivery (URL, token, signature, encryption, tries). */
	callbacks?: CallbackSettings;
	/** Recording and task-archive sizes. */
	recordings?: RecordingSettings;
	/** Pinned call outcomes by E.164 number, e.g. {"+6281200000001": "busy"}; others follow the seed. */
	outcomes?: Record<string, DialOutcome>;
	/** Default answer to expired tokens (a fault spec can override it per test). */
	tokenExpiryAs?: FaultSpec['tokenExpiryAs'];
	/** Default shape of recording answers (a fault spec can override it per test). */
	recordingsAs?: FaultSpec['recordingsAs'];
	/** Request log entries and callback deliveries kept (default 10 000 each); counters are never trimmed. */
	logLimit?: number;
	/** "Encrypted account" mode: requests must be AES-sealed with this key and answers are sealed too. */
	encryptionKey?: string;
	/** "Drifted account" mode: some answers and every callback differ from the model (see drift.ts). */
	drifted?: boolean;
	/**
	 * Refuse a task whose name an API-created task already has, as AIRudder's console rule says (default
	 * off: long test suites reuse names; the tests of creating exactly once switch it on).
	 */
	uniqueTaskNames?: boolean;
}

export type ResolvedSandboxOptions = Required<Omit<SandboxOptions, 'tokenExpiryAs' | 'recordingsAs' | 'epochMs' | 'encryptionKey'>> &
	Pick<SandboxOptions, 'tokenExpiryAs' | 'recordingsAs' | 'encryptionKey'> & { epochMs: number; seed: string };

export function resolveOptions(options: SandboxOptions = {}): ResolvedSandboxOptions {
	const speed = options.speed ?? 60;
	if (speed !== 'manual' && !(speed > 0)) throw new Error(`sandbox: speed must be a positive number or 'manual', got ${String(speed)}`);
	const callsPerSecond = options.callsPerSecond ?? 5;
	if (!(callsPerSecond > 0)) throw new Error(`sandbox: callsPerSecond must be positive, got ${callsPerSecond}`);
	return {
		port: options.port ?? 0,
		host: options.host ?? '127.0.0.1',
		accounts: options.accounts ?? [demoAccount],
		seed: String(options.seed ?? 'airudder'),
		speed,
		callsPerSecond,
		epochMs: options.epochMs ?? Date.now(),
		tokenLifetimeMs: options.tokenLifetimeMs ?? conventions.tokenLifetimeHours.value * 3_600_000,
		callbacks: options.callbacks ?? {},
		recordings: options.recordings ?? {},
		outcomes: options.outcomes ?? {},
		tokenExpiryAs: options.tokenExpiryAs,
		recordingsAs: options.recordingsAs,
		logLimit: options.logLimit ?? 10_000,
		encryptionKey: options.encryptionKey,
		drifted: options.drifted ?? false,
		uniqueTaskNames: options.uniqueTaskNames ?? false,
	};
}
