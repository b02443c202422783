// Dev tooling (e2e tests, `npm start`); never shipped in the n8n package.
/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- a throwaway local owner account */
import { sleep } from './process-utils';

/** The owner account every test/demo instance gets (the instance is local and throwaway). */
export const OWNER = {
	email: 'owner@example.com',
	firstName: 'Demo',
	lastName: 'Owner',
	password: 'Airudder-Demo-2026',
};

/** n8n binds the auth cookie to a browser id header; any fixed value works for one client. */
const BROWSER_ID = 'n8n-nodes-airudder-runtime';

export type PublicationStatus = 'in_progress' | 'not_published' | 'published' | 'partial' | 'failed';

interface PublicationReport {
	status: PublicationStatus;
	triggers: Array<{ nodeId: string; status: string; errorMessage?: string | null }>;
}

/**
 * A logged-in client of n8n's internal REST API (`/rest`, what the editor UI uses). Chosen over
 * the public API (`/api/v1`) because it needs no API key (creating one needs this login anyway)
 * and it is the only one that can test a credential and report trigger publication status.
 */
export class N8nRestSession {
	private constructor(
		readonly baseUrl: string,
		private readonly cookie: string,
	) {}

	/** Creates the owner account on a fresh instance, or logs in if it already exists. */
	static async open(baseUrl: string): Promise<N8nRestSession> {
		const setup = await fetch(`${baseUrl}/rest/owner/setup`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'browser-id': BROWSER_ID },
			body: JSON.stringify(OWNER),
		});
		let response = setup;
		if (!setup.ok) {
			// 400 "Instance owner already setup": a reused instance (npm start). Log in instead.
			response = await fetch(`${baseUrl}/rest/login`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', 'browser-id': BROWSER_ID },
				body: JSON.stringify({ emailOrLdapLoginId: OWNER.email, password: OWNER.password }),
			});
		}
		const cookie = (response.headers.get('set-cookie') ?? '').match(/n8n-auth=[^;]+/)?.[0];
		if (!response.ok || !cookie) {
			throw new Error(`n8n owner setup/login failed: HTTP ${response.status} ${await response.text()}`);
		}
		return new N8nRestSession(baseUrl, cookie);
	}

	/** Calls `/rest<path>` and returns the `data` member n8n wraps every answer in. */
	async request<T>(method: string, path: string, body?: unknown): Promise<T> {
		const answer = await this.send(method, path, body);
		if (!answer.ok) throw new Error(`n8n ${method} /rest${path}: HTTP ${answer.status} ${answer.text}`);
		return (JSON.parse(answer.text) as { data: T }).data;
	}

	/**
	 * Like request, but undefined when this n8n has no such route (an endpoint older versions
	 * lack). Only used on workflows known to exist, so a 404 means the route.
	 */
	private async requestIfRouted<T>(method: string, path: string, body?: unknown): Promise<T | undefined> {
		const answer = await this.send(method, path, body);
		if (answer.status === 404) return undefined;
		if (!answer.ok) throw new Error(`n8n ${method} /rest${path}: HTTP ${answer.status} ${answer.text}`);
		return (JSON.parse(answer.text) as { data: T }).data;
	}

	private async send(method: string, path: string, body?: unknown): Promise<{ ok: boolean; status: number; text: string }> {
		const response = await fetch(`${this.baseUrl}/rest${path}`, {
			method,
			headers: {
				cookie: this.cookie,
				'browser-id': BROWSER_ID,
				...(body === undefined ? {} : { 'content-type': 'application/json' }),
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		return { ok: response.ok, status: response.status, text: await response.text() };
	}

	/** Publishes a workflow on the running server (the CLI command needs a restart instead). */
	async activateWorkflow(workflowId: string): Promise<void> {
		const { versionId } = await this.request<{ versionId: string }>('GET', `/workflows/${workflowId}`);
		const published = await this.requestIfRouted('POST', `/workflows/${workflowId}/activate`, { versionId });
		// n8n 1.x has no publish route: a workflow is activated by saving it with active = true.
		if (published === undefined) await this.request('PATCH', `/workflows/${workflowId}`, { active: true, versionId });
	}

	/**
	 * Waits until the triggers of a published workflow are live. In 2.x activation runs in the
	 * background (publication outbox + reconciler), so "server ready" does not mean "webhook
	 * registered"; a webhook sent too early answers 404. n8n 1.x has no publication status: it
	 * activates during start, and the workflow's `active` flag is the answer.
	 */
	async waitForPublished(workflowId: string, timeoutMs = 60000): Promise<void> {
		const deadline = Date.now() + timeoutMs;
		let last: PublicationStatus | undefined;
		while (Date.now() < deadline) {
			const report = await this.requestIfRouted<PublicationReport>('GET', `/workflows/${workflowId}/publication-status`);
			if (report === undefined) {
				const { active } = await this.request<{ active: boolean }>('GET', `/workflows/${workflowId}`);
				if (active) return;
				last = 'not_published';
			} else {
				last = report.status;
				if (report.status === 'published') return;
				if (report.status === 'failed' || report.status === 'partial') {
					const reasons = report.triggers.map((trigger) => trigger.errorMessage).filter(Boolean);
					throw new Error(`workflow ${workflowId} failed to publish: ${reasons.join('; ')}`);
				}
			}
			await sleep(500);
		}
		throw new Error(`workflow ${workflowId} not published after ${timeoutMs} ms (last status: ${last})`);
	}
}
