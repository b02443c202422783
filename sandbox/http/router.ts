// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { conventions, endpoints, type Endpoint, type EndpointId } from '../contract';
import type { SandboxEndpointId } from '../faults';
import { SandboxError } from './envelope';

export type Route =
	| { kind: 'auth'; id: 'auth' }
	| { kind: 'endpoint'; id: EndpointId; endpoint: Endpoint };

const byPath = new Map<string, { id: EndpointId; endpoint: Endpoint }>(
	(Object.entries(endpoints) as Array<[EndpointId, Endpoint]>).map(([id, endpoint]) => [endpoint.path, { id, endpoint }]),
);

/** Finds the contract endpoint of a request; unknown paths and wrong methods are 404, like the vendor. */
export function routeRequest(method: string, pathname: string): Route {
	const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
	if (path === conventions.auth.path) {
		if (method !== conventions.auth.method) throw wrongMethod(method, path, conventions.auth.method);
		return { kind: 'auth', id: 'auth' };
	}
	const match = byPath.get(path);
	if (!match) throw SandboxError.notFound(`${method} ${path}: no such endpoint`);
	if (match.endpoint.method !== method) throw wrongMethod(method, path, match.endpoint.method);
	return { kind: 'endpoint', id: match.id, endpoint: match.endpoint };
}

function wrongMethod(method: string, path: string, expected: string): SandboxError {
	return SandboxError.notFound(`${method} ${path}: no such endpoint (this path takes ${expected})`);
}

/** The id under which a request is logged and faulted, even when routing fails. */
export function logIdOf(route: Route | undefined): SandboxEndpointId | 'unknown' {
	return route ? route.id : 'unknown';
}
