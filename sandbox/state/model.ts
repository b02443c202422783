// Dev tooling for the iCall sandbox: never ships in the n8n package.
import type { callStatuses, taskStatuses } from '../contract';
import type { SandboxRobot, SandboxStrategy } from './catalog';

export type CallStatus = (typeof callStatuses)[keyof typeof callStatuses];
export type RunStatus = (typeof taskStatuses)[keyof typeof taskStatuses];

/** queued: waiting for a free line; dialing: ringing or talking; ended: has a final CallStatus. */
export type CallPhase = 'queued' | 'dialing' | 'ended';

export interface SandboxCall {
	callId: string;
	taskId: string;
	/** Position in the task's callee list (dialling order). */
	index: number;
	callee: string;
	caseId?: string;
	variables?: Record<string, unknown>;
	/** 1 for a task; the round number for a plan's round task (outcomes differ per attempt). */
	attempt: number;
	phase: CallPhase;
	status?: CallStatus;
	startedAt?: number;
	endedAt?: number;
	talkSeconds: number;
	intention: string;
	hasRecording: boolean;
	/** Cancels whatever the clock holds for this call (its start or its hang-up). */
	cancelPending?: () => void;
}

export interface SandboxTask {
	taskId: string;
	name: string;
	robot: SandboxRobot;
	sipLine?: string;
	robotMethod?: string;
	createdAt: number;
	status: RunStatus;
	calls: SandboxCall[];
	endedAt?: number;
	planId?: string;
	round?: number;
}

export interface SandboxRound {
	round: number;
	taskId: string;
}

export interface SandboxPlan {
	planId: string;
	name: string;
	strategy: SandboxStrategy;
	sipLine?: string;
	callees: Array<{ number: string; caseId?: string; variables?: Record<string, unknown> }>;
	status: RunStatus;
	rounds: SandboxRound[];
	/** Numbers cancelled with plan.cancelCall: never dialled again. */
	cancelled: Set<string>;
	/** Numbers that answered in some round: not re-dialled. */
	answered: Set<string>;
	createdAt: number;
	endedAt?: number;
	/** Cancels the scheduled start of the next round, if one is waiting. */
	cancelNextRound?: () => void;
}
