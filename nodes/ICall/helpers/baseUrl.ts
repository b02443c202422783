import { conventions } from '../contract';

/** The credential's Base URL without trailing slashes; empty means AIRudder's public API. */
export function normalizeBaseUrl(baseUrl: unknown): string {
	const text = String(baseUrl ?? '').trim();
	return (text === '' ? conventions.baseUrl.value : text).replace(/\/+$/, '');
}
