// Dev tooling for the iCall sandbox: never ships in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports */
import * as http from 'node:http';
import * as https from 'node:https';

export interface PostResult {
	status?: number;
	/** Set when no HTTP answer arrived (refused, reset, timeout). */
	error?: string;
	body?: string;
}

// Keep-alive agents: benchmarks post thousands of callbacks, one TCP handshake each would dominate.
const agents = {
	http: new http.Agent({ keepAlive: true, maxSockets: 256 }),
	https: new https.Agent({ keepAlive: true, maxSockets: 256 }),
};

/** POSTs a body and reports the status; never throws, since a failed delivery is an outcome. */
export function postBody(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<PostResult> {
	return new Promise((resolve) => {
		let target: URL;
		try {
			target = new URL(url);
		} catch {
			resolve({ error: `invalid callback URL "${url}"` });
			return;
		}
		const secure = target.protocol === 'https:';
		const request = (secure ? https : http).request(
			target,
			{
				method: 'POST',
				agent: secure ? agents.https : agents.http,
				headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
				timeout: timeoutMs,
			},
			(response) => {
				const parts: Buffer[] = [];
				response.on('data', (part: Buffer) => parts.push(part));
				response.on('end', () => resolve({ status: response.statusCode, body: Buffer.concat(parts).toString('utf8') }));
				response.on('error', (error) => resolve({ status: response.statusCode, error: error.message }));
			},
		);
		request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
		request.on('error', (error) => resolve({ error: error.message }));
		request.end(body);
	});
}
