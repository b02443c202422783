// Dev tooling (e2e tests, never shipped): workflows published and served, in the order n8n 2.x needs.
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
 * Starts the server, signs in and waits until n8n has activated the published workflows (2.x
 * activates in the background). Also what a restart is: the workflows stay published in the
 * database, so a stopped server started again serves them without any other step.
 */
export async function serveWorkflowsPublished(
	instance: N8nInstance,
	workflowIds: string[],
	port?: number,
): Promise<{ server: N8nServer; session: N8nRestSession }> {
	const server = await startServer(instance, { port: port ?? (await findFreePort()) });
	const session = await N8nRestSession.open(server.baseUrl);
	for (const workflowId of workflowIds) await session.waitForPublished(workflowId);
	return { server, session };
}

/**
 * Imports and publishes workflows, then serves them. The CLI only writes the database, so
 * publishing comes before the start. Returns the first workflow's id with the server.
 */
export async function servePublishedWorkflow(
	instance: N8nInstance,
	workflows: WorkflowToImport | WorkflowToImport[],
): Promise<PublishedServer> {
	const workflowIds: string[] = [];
	for (const workflow of Array.isArray(workflows) ? workflows : [workflows]) {
		const workflowId = await importWorkflow(instance, workflow);
		await publishWorkflow(instance, workflowId);
		workflowIds.push(workflowId);
	}
	return { workflowId: workflowIds[0], ...(await serveWorkflowsPublished(instance, workflowIds)) };
}
