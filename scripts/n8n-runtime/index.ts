// Dev tooling (e2e tests, `npm start`); never shipped in the n8n package.
// A real n8n driven headless (2.41.1 on Node 24, or the version N8N_RUNTIME_VERSION names): install,
// isolate, load our package, import, execute, serve, and read back what n8n recorded. See README.md
// in this folder.
export { ensureN8nRuntime, defaultRuntimeCacheDir, unusableRuntimeReason, type N8nRuntime, type RuntimeOptions } from './runtime-install';
export { DEFAULT_N8N_VERSION, MATRIX_N8N_VERSIONS, checkPublished, releaseLineOf, requestedN8nVersion } from './runtime-versions';
export {
	createN8nInstance,
	removeN8nInstance,
	TEST_ENCRYPTION_KEY,
	type N8nInstance,
	type InstanceOptions,
} from './instance';
export { findProjectRoot, packProject, installPackageTarball, installProjectPackage, npmInstallPackageTarball } from './package-install';
export {
	runN8nCommand,
	importCredentials,
	importWorkflow,
	publishWorkflow,
	unpublishWorkflow,
	executeWorkflow,
	type CredentialToImport,
	type WorkflowToImport,
	type CliExecution,
} from './cli-commands';
export { parseExecuteOutput, nodeOutputItems, type WorkflowRun, type NodeRun } from './execute-output';
export { startServer, type N8nServer, type StartServerOptions } from './server';
export { servePublishedWorkflow, serveWorkflowsPublished, type PublishedServer } from './published-server';
export { N8nRestSession, OWNER } from './rest-session';
export {
	listExecutions,
	getExecution,
	getExecutions,
	waitForExecutions,
	waitForMatchingExecutions,
	type ExecutionSummary,
	type ExecutionRecord,
} from './executions';
export { testCredential, type CredentialTestResult } from './credential-test';
export { findFreePort } from './process-utils';
