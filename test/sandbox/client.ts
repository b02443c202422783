// Dev tooling (tests of the iCall sandbox): never ships in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @typescript-eslint/no-explicit-any */
import { contactToWire, conventions, endpoints, type Contact, type ContactEntry, type Endpoint, type EndpointId } from '../../sandbox/contract';
import { demoAccount, type Sandbox } from '../../sandbox/index';
import * as http from 'node:http';

export interface RawAnswer {
	status: number;
	headers: http.IncomingHttpHeaders;
	body: Buffer;
	/** Parsed JSON body, or undefined when the body is not JSON. */
	json: Record<string, any> | undefined;
}

/** A plain HTTP request, independent of the node's transport so that tests see the wire as it is. */
export function rawRequest(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawAnswer> {
	return new Promise((resolve, reject) => {
		const request = http.request(url, { method: options.method ?? 'GET', headers: options.headers, agent: false }, (response) => {
			const parts: Buffer[] = [];
			response.on('data', (part: Buffer) => parts.push(part));
			response.on('error', reject);
			response.on('end', () => {
				const body = Buffer.concat(parts);
				let json: Record<string, any> | undefined;
				try {
					json = JSON.parse(body.toString('utf8'));
				} catch {
					json = undefined;
				}
				resolve({ status: response.statusCode ?? 0, headers: response.headers, body, json });
			});
		});
		request.on('error', reject);
		request.end(options.body);
	});
}

/** Logs in and calls contract endpoints by id, like the node would, but with no retries or magic. */
export class TestClient {
	token = '';

	constructor(private readonly sandbox: Sandbox) {}

	async login(appKey = demoAccount.appKey, appSecret = demoAccount.appSecret): Promise<RawAnswer> {
		const answer = await rawRequest(this.sandbox.url + conventions.auth.path, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ [conventions.auth.appKey]: appKey, [conventions.auth.appSecret]: appSecret }),
		});
		if (answer.status === 200) this.token = answer.json?.data?.token;
		return answer;
	}

	/**
	 * Calls a contract endpoint with input named by contract field keys (`taskName`, `callees`, ...),
	 * translated to wire names here so tests follow the contract; keys the contract does not know
	 * are sent as they are (extra fields).
	 */
	call(id: EndpointId, input: Record<string, unknown> = {}, headers?: Record<string, string>): Promise<RawAnswer> {
		return this.callWire(id, toWire(id, input), headers);
	}

	/** GET with query, or POST with a JSON body, exactly as given. */
	callWire(id: EndpointId, input: Record<string, unknown>, headers?: Record<string, string>): Promise<RawAnswer> {
		const endpoint = endpoints[id];
		const auth = headers ?? { [conventions.authorization.header]: `${conventions.authorization.scheme} ${this.token}` };
		if (endpoint.method === 'GET') {
			const query = new URLSearchParams(Object.entries(input).map(([key, value]): [string, string] => [key, String(value)]));
			return rawRequest(`${this.sandbox.url}${endpoint.path}?${query}`, { headers: auth });
		}
		return rawRequest(this.sandbox.url + endpoint.path, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', ...auth },
			body: JSON.stringify(input),
		});
	}

	/** Calls an endpoint and returns `data`, failing loudly on anything but a success envelope. */
	async data(id: EndpointId, input: Record<string, unknown> = {}): Promise<any> {
		const answer = await this.call(id, input);
		if (answer.status !== 200 || answer.json?.code !== 200) {
			throw new Error(`${id}: HTTP ${answer.status} ${answer.body.toString('utf8').slice(0, 300)}`);
		}
		return answer.json.data;
	}

	async createTask(numbers: string[], name = 'Reminder_batch'): Promise<string> {
		const data = await this.data('taskCreate', {
			taskName: name,
			robotId: 'robot-collection-01',
			contacts: numbers.map((number, index) => ({ number, caseId: `CASE-${index}`, variables: { name: `N${index}` } })),
		});
		return data[endpoints.taskCreate.result.taskId];
	}
}

/** `count` distinct E.164 numbers. */
export function phoneNumbers(count: number, prefix = '+62812'): string[] {
	return Array.from({ length: count }, (_, index) => `${prefix}${String(1000000 + index)}`);
}

/** Contract field keys to wire names; contacts ({number, caseId, robotId, variables}) by the contract's entry shape. */
export function toWire(id: EndpointId, input: Record<string, unknown>): Record<string, unknown> {
	const endpoint: Endpoint = endpoints[id];
	const wire: Record<string, unknown> = { ...endpoint.constants };
	for (const [key, value] of Object.entries(input)) {
		const name = endpoint.fields[key]?.wire ?? key;
		const list = endpoint.contacts;
		wire[name] = Array.isArray(value) && list?.field === key ? value.map((item) => entryToWire(list.entry, item)) : value;
	}
	return wire;
}

function entryToWire(entry: ContactEntry, item: unknown): unknown {
	if (typeof item !== 'object' || item === null || typeof (item as Contact).number !== 'string') return item;
	return contactToWire(entry, item as Contact);
}
