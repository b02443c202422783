// Test-only code: it never ships (package.json "files" is ["dist"]), so Node globals and fs are fine here.
/**
 * Runs our node types through n8n-core's real execution machinery (contexts, request helpers,
 * credential flow, binary data) against real HTTP. Only the credentials store is in memory.
 */
export { runNode, prepareCredentialsHelper } from './run-node';
export type { RunNodeOptions, RunNodeResult } from './run-node';
export { runLoadOptions, runListSearch } from './load-options';
export type { LoadOptionsRunOptions, ListSearchRunOptions } from './load-options';
export { runWebhook } from './webhook';
export type { RunWebhookOptions, RunWebhookResult } from './webhook';
export type { FakeRequestInput } from './fake-http';
export { HarnessCredentialsHelper, credentialReference } from './credentials-helper';
export type { CredentialDataByType } from './credentials-helper';
export { readBinary, readItemBinary, inlineBinary, storedBinary } from './binary';
export { ensureN8nRuntime, binaryStoragePath } from './n8n-runtime';
export type { BinaryDataMode } from './n8n-runtime';
export { NODE_UNDER_TEST_NAME, HARNESS_INPUT_NODE_NAME, HARNESS_WEBHOOK_ID } from './workflow';
export { activatePolling } from './poll';
export type { Polling, PollingOptions } from './poll';
