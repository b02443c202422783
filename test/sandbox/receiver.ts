// Dev tooling (tests of the iCall sandbox): never ships in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @typescript-eslint/no-explicit-any */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedCallback {
	url: string;
	headers: http.IncomingHttpHeaders;
	rawBody: string;
	json: any;
}

/** A webhook receiver standing in for the n8n trigger; `answer` decides each reply's status. */
export async function startReceiver(answer: (index: number, callback: ReceivedCallback) => number = () => 200): Promise<{
	url: string;
	received: ReceivedCallback[];
	close: () => Promise<void>;
}> {
	const received: ReceivedCallback[] = [];
	const server = http.createServer((request, response) => {
		const parts: Buffer[] = [];
		request.on('data', (part: Buffer) => parts.push(part));
		request.on('end', () => {
			const rawBody = Buffer.concat(parts).toString('utf8');
			let json: unknown;
			try {
				json = JSON.parse(rawBody);
			} catch {
				json = undefined;
			}
			received.push({ url: request.url ?? '', headers: request.headers, rawBody, json });
			response.writeHead(answer(received.length - 1, received[received.length - 1]), { 'Content-Type': 'application/json' }).end('{"code":200,"status":"OK"}');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/webhook/icall`,
		received,
		close: () =>
			new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}
