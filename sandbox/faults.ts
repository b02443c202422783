// Dev tooling for the iCall sandbox: never ships in the n8n package.
import type { EndpointId } from './contract';
import type { SealedAnswerForm } from './http/encryption';
import type { SeededRandom } from './random';

/** Endpoint ids of the contract, plus the login and the pre-signed recording files. */
export type SandboxEndpointId = EndpointId | 'auth' | 'recordingFile' | 'recordingZip' | 'chatbotFile';

/**
 * Faults a test can switch on, for every endpoint ('*') or for one. Rates are fractions in [0, 1];
 * whether the n-th request to an endpoint is hit is a hash of the seed, the fault and n, so the same
 * test sees the same faults on every run. Counters restart whenever faults are set or cleared.
 */
export interface FaultSpec {
	/** Added delay in real milliseconds: fixed, or a [min, max] range. */
	latencyMs?: number | [number, number];
	/**
	 * The delay is the network's round trip, not a slow gateway's: the request is processed at once and
	 * only its answer waits until `latencyMs` after its head arrived (as on a server with cores to spare).
	 * Without it the sandbox waits first and then processes, so parallel requests queue for its one
	 * thread after the wait; benchmarks use it to keep that queue out of the client's figures.
	 */
	latencyWhileProcessing?: boolean;
	/** Share of requests answered with a 5xx envelope before anything is processed. */
	serverErrorRate?: number;
	/** HTTP status of those answers (default 503). */
	serverErrorStatus?: number;
	/** Those answers come as a gateway's plain-text page instead of the JSON envelope. */
	serverErrorAsText?: boolean;
	/** These requests (1-based count per endpoint since the faults were set) get the 5xx answer for sure. */
	serverErrorOn?: number[];
	/** Share of requests answered HTTP 429 with a `Retry-After` header. */
	tooManyRequestsRate?: number;
	/** Value of `Retry-After`, in seconds (default 1). */
	retryAfterSeconds?: number;
	/** Share of requests whose socket is destroyed without any answer. */
	resetRate?: number;
	/**
	 * Process the request (the write reaches the "server"), then answer HTTP 500 or reset the socket:
	 * proves a client never retries a write that may have been applied. With scope '*' it hits POSTs other than the login.
	 */
	failAfterCommit?: 'http500' | 'reset';
	/** Share of authorised requests whose token is found expired (it really expires). */
	tokenExpiryRate?: number;
	/** How an expired or invalid token is answered: HTTP 401, or HTTP 200 with body code 401. */
	tokenExpiryAs?: 'http401' | 'body401';
	/** recording.getCall / recording.getTask answer a JSON URL (default) or the bytes directly. */
	recordingsAs?: 'url' | 'file';
	/**
	 * Every answer (errors and successes, logins too) repeats the request it got: headers, query and
	 * body, raw, inside the JSON message and URL-encoded, or inside a text error page (`serverErrorAsText`),
	 * the way careless gateways leak tokens.
	 */
	echoRequest?: boolean;
	/** Encrypted-account mode: answers are sealed (default), or claim encryption with a plain body, or carry a wrong `Signed`. */
	encryptedAnswers?: SealedAnswerForm;
}

export type FaultScope = SandboxEndpointId | '*';

/** What happens to one request, decided when it arrives. */
export interface FaultPlan {
	latencyMs: number;
	latencyWhileProcessing: boolean;
	reset: boolean;
	tooManyRequests: boolean;
	retryAfterSeconds: number;
	serverErrorStatus: number | undefined;
	serverErrorAsText: boolean;
	tokenExpiry: boolean;
	tokenExpiryAs: 'http401' | 'body401';
	recordingsAs: 'url' | 'file';
	failAfterCommit: 'http500' | 'reset' | undefined;
	echoRequest: boolean;
	encryptedAnswers: SealedAnswerForm;
}

export class FaultInjector {
	private readonly specs = new Map<FaultScope, FaultSpec>();
	private readonly requestCounts = new Map<SandboxEndpointId, number>();

	constructor(
		private readonly random: SeededRandom,
		private readonly defaults: Pick<FaultSpec, 'tokenExpiryAs' | 'recordingsAs'> = {},
	) {}

	/** Replaces the faults of one scope (default: all endpoints). */
	set(spec: FaultSpec, scope: FaultScope = '*'): void {
		this.specs.set(scope, { ...spec });
		this.requestCounts.clear();
	}

	/** Clears the faults of one scope, or all of them. */
	clear(scope?: FaultScope): void {
		if (scope) this.specs.delete(scope);
		else this.specs.clear();
		this.requestCounts.clear();
	}

	/** The faults in force for an endpoint: the endpoint's own spec over the global one. */
	effective(endpointId: SandboxEndpointId): FaultSpec {
		return { ...this.defaults, ...this.specs.get('*'), ...this.specs.get(endpointId) };
	}

	plan(endpointId: SandboxEndpointId, method: string): FaultPlan {
		const n = (this.requestCounts.get(endpointId) ?? 0) + 1;
		this.requestCounts.set(endpointId, n);
		const spec = this.effective(endpointId);
		const hit = (kind: string, rate: number | undefined) =>
			rate !== undefined && rate > 0 && this.random.fraction('fault', kind, endpointId, n) < rate;
		const ownCommitFault = this.specs.get(endpointId)?.failAfterCommit;
		return {
			latencyMs: this.latency(spec.latencyMs, endpointId, n),
			latencyWhileProcessing: spec.latencyWhileProcessing === true,
			reset: hit('reset', spec.resetRate),
			tooManyRequests: hit('429', spec.tooManyRequestsRate),
			retryAfterSeconds: spec.retryAfterSeconds ?? 1,
			serverErrorAsText: spec.serverErrorAsText === true,
			serverErrorStatus:
				hit('5xx', spec.serverErrorRate) || spec.serverErrorOn?.includes(n) ? (spec.serverErrorStatus ?? 503) : undefined,
			tokenExpiry: hit('tokenExpiry', spec.tokenExpiryRate),
			tokenExpiryAs: spec.tokenExpiryAs ?? 'http401',
			recordingsAs: spec.recordingsAs ?? 'url',
			failAfterCommit: ownCommitFault ?? (isWrite(endpointId, method) ? spec.failAfterCommit : undefined),
			echoRequest: spec.echoRequest === true,
			encryptedAnswers: spec.encryptedAnswers ?? 'sealed',
		};
	}

	private latency(latency: FaultSpec['latencyMs'], endpointId: string, n: number): number {
		if (latency === undefined) return 0;
		if (typeof latency === 'number') return latency;
		return this.random.integer(latency[0], latency[1], 'fault', 'latency', endpointId, n);
	}
}

function isWrite(endpointId: SandboxEndpointId, method: string): boolean {
	return method === 'POST' && endpointId !== 'auth';
}
