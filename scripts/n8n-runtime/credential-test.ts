// Dev tooling (e2e tests, `npm start`); never shipped in the n8n package.
import type { N8nRestSession } from './rest-session';

export interface CredentialTestResult {
	/** n8n answers 'OK' or 'Error'. */
	status: 'OK' | 'Error';
	/** n8n's message, e.g. "Connection successful!" or the error the test request produced. */
	message: string;
}

interface StoredCredential {
	id: string;
	name: string;
	type: string;
	data: Record<string, unknown>;
}

/**
 * Runs the credential type's `test` inside n8n, exactly like the editor's "Test" button
 * (`POST /rest/credentials/test`). n8n looks up the stored credential by id, restores the
 * secrets the GET answer redacts, and runs the test request with the real credential helper
 * (including `preAuthentication`).
 */
export async function testCredential(
	session: N8nRestSession,
	credentialId: string,
): Promise<CredentialTestResult> {
	const stored = await session.request<StoredCredential>(
		'GET',
		`/credentials/${credentialId}?includeData=true`,
	);
	return await session.request<CredentialTestResult>('POST', '/credentials/test', {
		credentials: { id: stored.id, name: stored.name, type: stored.type, data: stored.data },
	});
}
