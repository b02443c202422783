import type { IDataObject } from 'n8n-workflow';

/** The media type of a response without parameters such as `; charset=utf-8`. */
export function mediaTypeOf(headers: IDataObject, fallback = 'application/octet-stream'): string {
	return String(headers['content-type'] ?? fallback).split(';')[0].trim();
}

/** Whether the answer is a JSON envelope rather than a file. */
export function isJsonResponse(headers: IDataObject): boolean {
	return mediaTypeOf(headers, '').includes('json');
}
