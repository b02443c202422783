import type { IDataObject } from 'n8n-workflow';

/** What we could learn about a failed HTTP exchange, whatever shape n8n-core wrapped it in. */
export interface RequestFailure {
	/** HTTP status, when the server answered. */
	status?: number;
	/** Network error code such as ECONNREFUSED, when it did not. */
	networkCode?: string;
	headers: IDataObject;
	body?: unknown;
	message: string;
}

interface ErrorLike {
	message?: string;
	code?: string;
	httpCode?: string | null;
	status?: number;
	cause?: ErrorLike;
	response?: { status?: number; statusCode?: number; headers?: IDataObject; data?: unknown; body?: unknown };
}

/** n8n-core wraps the HTTP client's error in a NodeApiError whose `cause` is the original. */
export function describeFailure(error: unknown): RequestFailure {
	const outer = (error ?? {}) as ErrorLike;
	const layers: ErrorLike[] = [];
	for (let layer: ErrorLike | undefined = outer; layer && layers.length < 5; layer = layer.cause) {
		layers.push(layer);
	}
	const response = layers.map((l) => l.response).find((r) => r !== undefined);
	const statusFromCode = layers.map((l) => Number(l.httpCode)).find((n) => Number.isInteger(n) && n >= 100);
	const networkCode = layers.map((l) => l.code).find((c) => typeof c === 'string' && /^E[A-Z_]+$/.test(c));
	const innermost = layers[layers.length - 1];
	return {
		status: response?.status ?? response?.statusCode ?? statusFromCode,
		networkCode,
		headers: response?.headers ?? {},
		body: response?.data ?? response?.body,
		message: innermost?.message ?? outer.message ?? 'Request failed',
	};
}
