// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { robotRow, strategyRow } from '../contract';

/** The three businesses of the calling docs; the robot a task uses decides which one it is. */
export type Business = 'collection' | 'telemarketing' | 'infoCheck';

export interface SandboxRobot {
	id: string;
	name: string;
	business: Business;
}

export interface SandboxStrategy {
	id: string;
	name: string;
	/** How many rounds a plan dials: round 1 everyone, later rounds whoever has not answered yet. */
	rounds: number;
	/** Virtual time between the end of one round and the start of the next. */
	roundIntervalMs: number;
	/** The robot whose tasks the plan's rounds are. */
	robotId: string;
}

/** Fixed robots: one per business, so operations and listSearch have something real to show. */
export const sandboxRobots: readonly SandboxRobot[] = [
	{ id: 'robot-collection-01', name: 'Collection reminder (English)', business: 'collection' },
	{ id: 'robot-telemarketing-01', name: 'Telemarketing promotion (Bahasa)', business: 'telemarketing' },
	{ id: 'robot-infocheck-01', name: 'Info check: identity and employer', business: 'infoCheck' },
];

const minute = 60_000;

export const sandboxStrategies: readonly SandboxStrategy[] = [
	{ id: 'strategy-single', name: 'Single round', rounds: 1, roundIntervalMs: 0, robotId: 'robot-collection-01' },
	{ id: 'strategy-two-rounds', name: 'Two rounds, 30 min apart', rounds: 2, roundIntervalMs: 30 * minute, robotId: 'robot-collection-01' },
	{ id: 'strategy-three-rounds', name: 'Three rounds, 1 h apart', rounds: 3, roundIntervalMs: 60 * minute, robotId: 'robot-telemarketing-01' },
];

export function robotRowOf(robot: SandboxRobot): Record<string, unknown> {
	return { [robotRow.robotId]: robot.id, [robotRow.robotName]: robot.name };
}

export function strategyRowOf(strategy: SandboxStrategy): Record<string, unknown> {
	return { [strategyRow.strategyId]: strategy.id, [strategyRow.strategyName]: strategy.name };
}
