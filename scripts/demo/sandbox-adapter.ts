// Dev tooling (`npm start` / `npm run demo`); never shipped in the n8n package.
// The one place that knows the sandbox's API, so a change there is a change here only.
import { sandboxRobots, startSandbox } from '../../sandbox';

export interface DemoSandbox {
	url: string;
	/** Where the sandbox POSTs its call/task callbacks (the trigger's production URL). */
	sendCallbacksTo(url: string, token?: string): void;
	/** The names of the robots the demo account has (what a robot picker should list). */
	robotNames(): string[];
	/** The IDs of the tasks created so far, oldest first. */
	taskIds(): string[];
	close(): Promise<void>;
}

export async function startDemoSandbox(port: number): Promise<DemoSandbox> {
	// Default clock speed (60x): a demo task finishes its calls within seconds of real time.
	const sandbox = await startSandbox({ port });
	return {
		url: sandbox.url,
		sendCallbacksTo: (url, token) => sandbox.configureCallbacks({ url, token }),
		robotNames: () => sandboxRobots.map((robot) => robot.name),
		taskIds: () => sandbox.state.tasks().map((task) => task.taskId),
		close: async () => await sandbox.close(),
	};
}
