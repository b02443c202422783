// Dev tooling (e2e tests, `npm start`); never shipped in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports */
import { randomUUID } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

import { parseExecuteOutput, type WorkflowRun } from './execute-output';
import type { N8nInstance } from './instance';
import { runProcess, type ProcessResult } from './process-utils';

/** Runs one n8n CLI command against the instance (each command boots n8n: ~3-6 s). */
export async function runN8nCommand(
	instance: N8nInstance,
	args: string[],
	timeoutMs = 5 * 60 * 1000,
): Promise<ProcessResult> {
	return await runProcess(instance.runtime.nodeExecutable, [instance.runtime.n8nEntry, ...args], {
		cwd: instance.userFolder,
		env: instance.env,
		timeoutMs,
	});
}

function commandFailure(args: string[], result: ProcessResult): Error {
	const tail = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-30).join('\n');
	return new Error(`n8n ${args.join(' ')} exited with ${result.exitCode}:\n${tail}`);
}

async function runN8nCommandOrThrow(instance: N8nInstance, args: string[]): Promise<ProcessResult> {
	const result = await runN8nCommand(instance, args);
	if (result.exitCode !== 0) throw commandFailure(args, result);
	return result;
}

/** Writes the JSON to a file in the instance folder: the import commands read files only. */
function writeImportFile(instance: N8nInstance, kind: string, content: unknown): string {
	const dir = path.join(instance.userFolder, 'imports');
	fs.mkdirSync(dir, { recursive: true });
	const file = path.join(dir, `${kind}-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
	fs.writeFileSync(file, JSON.stringify(content, null, 2));
	return file;
}

export interface CredentialToImport {
	/** Fixed id, so workflows can reference it as `credentials: { iCallApi: { id, name } }`. */
	id: string;
	name: string;
	/** Credential type name, e.g. `iCallApi`. */
	type: string;
	/** Plain field values; n8n encrypts them with the instance key on import. */
	data: Record<string, unknown>;
}

/** Imports credentials into the owner's personal project (n8n works without a logged-in owner). */
export async function importCredentials(
	instance: N8nInstance,
	credentials: CredentialToImport | CredentialToImport[],
): Promise<void> {
	const list = Array.isArray(credentials) ? credentials : [credentials];
	const file = writeImportFile(instance, 'credentials', list);
	await runN8nCommandOrThrow(instance, ['import:credentials', `--input=${file}`]);
}

export interface WorkflowToImport {
	id?: string;
	name: string;
	nodes: unknown[];
	connections: Record<string, unknown>;
	[key: string]: unknown;
}

/**
 * Imports a workflow and returns its id. Without an id in the JSON n8n would generate one that
 * the CLI does not print, so a missing id is filled in with a fresh one (n8n ids are 16 chars).
 */
export async function importWorkflow(instance: N8nInstance, workflow: WorkflowToImport): Promise<string> {
	const id = workflow.id ?? `e2e${Math.random().toString(36).slice(2, 15).padEnd(13, '0')}`;
	// n8n 2.0.x's import leaves a missing versionId empty and its database refuses that; later
	// versions make one. An export always has one, so supplying it is what a real import looks like.
	const file = writeImportFile(instance, 'workflow', { settings: {}, versionId: randomUUID(), ...workflow, id, active: false });
	const result = await runN8nCommand(instance, ['import:workflow', `--input=${file}`]);
	if (result.exitCode !== 0 && /permission to deactivate/.test(result.stdout + result.stderr)) {
		// Re-importing a published workflow makes import deactivate it "as a user" and fail on
		// permissions (2.41.1). Unpublishing it through the CLI first makes the import succeed.
		await unpublishWorkflow(instance, id);
		await runN8nCommandOrThrow(instance, ['import:workflow', `--input=${file}`]);
	} else if (result.exitCode !== 0) {
		await runN8nCommandOrThrow(instance, ['import:workflow', `--input=${file}`]);
	}
	return id;
}

/**
 * n8n 2.x publishes with `publish:workflow` / `unpublish:workflow`; 1.x activates with
 * `update:workflow --active`. Asked of the installed CLI, not of the version number.
 */
function hasPublishCommands(instance: N8nInstance): boolean {
	return fs.existsSync(path.join(instance.runtime.root, 'node_modules', 'n8n', 'dist', 'commands', 'publish', 'workflow.js'));
}

/** Unpublishes a workflow in the database (like publish, a running server does not notice). */
export async function unpublishWorkflow(instance: N8nInstance, workflowId: string): Promise<void> {
	const args = hasPublishCommands(instance)
		? ['unpublish:workflow', `--id=${workflowId}`]
		: ['update:workflow', `--id=${workflowId}`, '--active=false'];
	await runN8nCommandOrThrow(instance, args);
}

/**
 * Publishes (activates) the current version of a workflow, in the database only: a running
 * n8n does not notice (the command says so itself). Publish before `startServer`, or restart
 * the server; on a running server use `N8nRestSession.activateWorkflow` instead.
 */
export async function publishWorkflow(instance: N8nInstance, workflowId: string): Promise<void> {
	const args = hasPublishCommands(instance)
		? ['publish:workflow', `--id=${workflowId}`]
		: ['update:workflow', `--id=${workflowId}`, '--active=true'];
	await runN8nCommandOrThrow(instance, args);
}

export interface CliExecution {
	/** The workflow ran to the end without an error. */
	ok: boolean;
	/** n8n's execution status: success | error | ... ('unknown' if no run was printed). */
	status: string;
	/** The run record; absent only when n8n failed before running (unknown id, boot error). */
	run?: WorkflowRun;
	/** The error message of a failed run, or the last output line of a failed command. */
	errorMessage?: string;
	/**
	 * n8n 2.41.1 often dies with SIGSEGV while exiting after `execute`, once the run has been
	 * printed: isolated-vm (the default "vm" expression engine) crashes at process teardown.
	 * With N8N_EXPRESSION_ENGINE=legacy it never happens. A complete run is trusted anyway.
	 */
	crashedOnExit: boolean;
	exitCode: number;
	stdout: string;
	stderr: string;
}

/**
 * `n8n execute --id --rawOutput`: runs the workflow from its Manual Trigger (or Execute
 * Workflow Trigger) in a separate n8n process and returns the parsed run. A failed run exits
 * with 1 and is still recovered from the log lines.
 */
export async function executeWorkflow(instance: N8nInstance, workflowId: string): Promise<CliExecution> {
	const result = await runN8nCommand(instance, ['execute', `--id=${workflowId}`, '--rawOutput']);
	const run = parseExecuteOutput(result.stdout);
	const runError = run?.data.resultData.error?.message;
	const crashedOnExit = result.signal === 'SIGSEGV' && run !== undefined;
	const exitedCleanly = result.exitCode === 0 || crashedOnExit;
	// n8n 2.0.x prints the run before it records the status: `running`, with `finished: true`.
	const succeeded = run?.status === 'success' || (run?.status === 'running' && run.finished === true);
	const ok = exitedCleanly && run !== undefined && runError === undefined && succeeded;
	const lastLines = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-5).join('\n');
	return {
		ok,
		status: run?.status ?? 'unknown',
		run,
		errorMessage: ok ? undefined : (runError ?? (lastLines || `exit ${result.exitCode} ${result.signal ?? ''}`)),
		crashedOnExit,
		exitCode: result.exitCode,
		stdout: result.stdout,
		stderr: result.stderr,
	};
}
