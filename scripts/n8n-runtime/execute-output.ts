// Dev tooling (e2e tests, `npm start`); never shipped in the n8n package.

/** The run record `n8n execute` prints (IRun): per-node output under data.resultData.runData. */
export interface WorkflowRun {
	data: {
		resultData: {
			runData: Record<string, Array<NodeRun>>;
			lastNodeExecuted?: string;
			error?: { message: string; name?: string; description?: string; node?: { name: string } };
		};
	};
	mode: string;
	status: string;
	startedAt: string;
	stoppedAt?: string;
	finished?: boolean;
}

export interface NodeRun {
	executionStatus?: string;
	error?: { message: string };
	data?: { main?: Array<Array<{ json: Record<string, unknown> }> | null> };
}

/**
 * Finds the run JSON in what `n8n execute --rawOutput` printed. "Raw" output is not pure JSON:
 * n8n's logger shares stdout (task broker banner, license SDK notes, migrations on a fresh db),
 * and on failure the run is logged after "Execution error:" instead of printed. In both cases
 * the run is pretty-printed with two-space indentation, so it is the last block that starts
 * with a line `{` and ends with a line `}` (nested lines are always indented).
 */
export function parseExecuteOutput(stdout: string): WorkflowRun | undefined {
	const lines = stdout.split(/\r?\n/);
	let found: WorkflowRun | undefined;
	for (let start = 0; start < lines.length; start++) {
		if (lines[start] !== '{') continue;
		const end = lines.indexOf('}', start + 1);
		if (end === -1) break;
		try {
			const candidate = JSON.parse(lines.slice(start, end + 1).join('\n')) as WorkflowRun;
			if (candidate?.data?.resultData) found = candidate;
			start = end;
		} catch {
			// A brace-looking log line; keep scanning.
		}
	}
	return found;
}

/** The JSON items one node emitted on its first output in its last run (what tests assert on). */
export function nodeOutputItems(run: WorkflowRun, nodeName: string, outputIndex = 0): Array<Record<string, unknown>> {
	const runs = run.data.resultData.runData[nodeName];
	if (!runs || runs.length === 0) {
		const ran = Object.keys(run.data.resultData.runData).join(', ');
		throw new Error(`node "${nodeName}" did not run (nodes that ran: ${ran || 'none'})`);
	}
	const items = runs[runs.length - 1].data?.main?.[outputIndex] ?? [];
	return items.map((item) => item.json);
}
