// Dev tooling (`npm start` / `npm run demo`); never shipped in the n8n package.
// The one place that knows the sandbox's API, so a change there is a change here only.
import { startSandbox } from '../../sandbox';

export interface DemoSandbox {
	url: string;
	/** Where the sandbox POSTs its call/task callbacks (the trigger's production URL). */
	sendCallbacksTo(url: string, token?: string): void;
	close(): Promise<void>;
}

export async function startDemoSandbox(port: number): Promise<DemoSandbox> {
	// Default clock speed (60x): a demo task finishes its calls within seconds of real time.
	const sandbox = await startSandbox({ port });
	return {
		url: sandbox.url,
		sendCallbacksTo: (url, token) => sandbox.configureCallbacks({ url, token }),
		close: async () => await sandbox.close(),
	};
}
