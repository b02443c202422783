// Dev tooling (e2e tests, never shipped): a workflow published and served, in the order n8n 2.x needs.
import { importWorkflow, publishWorkflow, type WorkflowToImport } from './cli-commands';
import type { N8nInstance } from './instance';
import { findFreePort } from './process-utils';
import { N8nRestSession } from './rest-session';
import { startServer, type N8nServer } from './server';

export interface PublishedServer {
	workflowId: string;
	server: N8nServer;
	session: N8nRestSession;
}

/**
 * Imports and publishes a workflow, starts the server, signs in and waits until n8n has activated
 * it. The CLI only writes the database, so publishing comes before the start; 2.x activates in the
 * background, hence the wait.
 */
export async function servePublishedWorkflow(instance: N8nInstance, workflow: WorkflowToImport): Promise<PublishedServer> {
	const workflowId = await importWorkflow(instance, workflow);
	await publishWorkflow(instance, workflowId);
	const server = await startServer(instance, { port: await findFreePort() });
	const session = await N8nRestSession.open(server.baseUrl);
	await session.waitForPublished(workflowId);
	return { workflowId, server, session };
}
