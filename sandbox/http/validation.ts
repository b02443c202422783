// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { conventions, type Endpoint } from '../../nodes/ICall/contract';
import { SandboxError, sandboxErrorCodes } from './envelope';

/**
 * What a field must look like. The contract names fields but not their types, so the sandbox keeps
 * the types here, keyed by the contract's field keys (not by wire names): a renamed wire field
 * in the contract is picked up without touching this file.
 */
export type FieldKind = 'string' | 'phone' | 'callees' | 'positiveInteger' | 'classicTime' | 'constant' | 'object' | 'file';

export type FieldKinds = Record<string, FieldKind>;

export interface ValidatedRequest {
	/** Values by contract field key (e.g. `taskId`), as sent; integers already parsed. */
	values: Record<string, unknown>;
	/** Top-level wire names the contract does not list. */
	unknownFields: string[];
}

const phonePattern = new RegExp(conventions.phoneNumber.pattern);
const classicTimePattern = new RegExp(
	`^${conventions.times.classic.format.replace('yyyy', '\\d{4}').replace(/MM|dd|HH|mm|ss/g, '\\d{2}')}$`,
);

/** Checks a request (query for GET, JSON body for POST) against the contract; throws a ParamError. */
export function validateRequest(endpoint: Endpoint, input: Record<string, unknown>, kinds: FieldKinds): ValidatedRequest {
	const values: Record<string, unknown> = {};
	const known = new Set<string>();
	for (const [key, field] of Object.entries(endpoint.fields)) {
		known.add(field.wire);
		const value = input[field.wire];
		if (value === undefined || value === null || value === '') {
			if (field.required) throw SandboxError.param(field.wire, 'is required');
			continue;
		}
		values[key] = checkField(endpoint, field.wire, value, kinds[key] ?? 'string');
	}
	const unknownFields = Object.keys(input).filter((name) => !known.has(name));
	return { values, unknownFields };
}

function checkField(endpoint: Endpoint, wire: string, value: unknown, kind: FieldKind): unknown {
	switch (kind) {
		case 'string':
			return requireString(wire, value);
		case 'phone':
			return requirePhone(wire, value);
		case 'classicTime': {
			const text = requireString(wire, value);
			if (!classicTimePattern.test(text)) {
				throw SandboxError.param(wire, `must look like "${conventions.times.classic.format}", got "${text}"`);
			}
			return text;
		}
		case 'positiveInteger': {
			const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
			if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) {
				throw SandboxError.param(wire, `must be a positive integer, got ${JSON.stringify(value)}`);
			}
			return number;
		}
		case 'constant': {
			const expected = endpoint.constants?.[wire];
			if (value !== expected) throw SandboxError.param(wire, `must be "${expected}", got ${JSON.stringify(value)}`);
			return value;
		}
		case 'callees':
			return checkCallees(endpoint, wire, value);
		case 'object':
			if (typeof value !== 'object' || value === null || Array.isArray(value)) throw SandboxError.param(wire, `must be an object, got ${typeName(value)}`);
			return value;
		case 'file':
			// Multipart uploads: the server has already stored the part; a text field is not a file.
			if (typeof value !== 'object' || value === null || !('fileId' in value)) throw SandboxError.param(wire, 'must be a file part (with a filename)');
			return value;
	}
}

function requireString(path: string, value: unknown): string {
	if (typeof value !== 'string') throw SandboxError.param(path, `must be a string, got ${typeName(value)}`);
	return value;
}

function requirePhone(path: string, value: unknown): string {
	const text = requireString(path, value);
	if (!phonePattern.test(text)) {
		throw SandboxError.param(
			path,
			`"${text}" is not an E.164 phone number (a "+", then 7 to 15 digits, e.g. +6281234567890)`,
			sandboxErrorCodes.badPhoneNumber,
		);
	}
	return text;
}

export interface CalleeInput {
	number: string;
	caseId?: string;
	variables?: Record<string, string>;
}

function checkCallees(endpoint: Endpoint, wire: string, value: unknown): CalleeInput[] {
	if (!Array.isArray(value)) throw SandboxError.param(wire, `must be an array, got ${typeName(value)}`);
	if (value.length === 0) throw SandboxError.param(wire, 'must list at least one callee', sandboxErrorCodes.contactsEmpty);
	const entry = endpoint.entry;
	if (!entry) throw new Error(`contract: ${endpoint.path} has a callee list without an entry definition`);
	return value.map((item: unknown, index) => {
		const path = `${wire}[${index}]`;
		if (typeof item !== 'object' || item === null || Array.isArray(item)) {
			throw SandboxError.param(path, `must be an object, got ${typeName(item)}`);
		}
		const record = item as Record<string, unknown>;
		if (record[entry.number] === undefined) throw SandboxError.param(`${path}.${entry.number}`, 'is required');
		const callee: CalleeInput = { number: requirePhone(`${path}.${entry.number}`, record[entry.number]) };
		if (record[entry.caseId] !== undefined) callee.caseId = requireString(`${path}.${entry.caseId}`, record[entry.caseId]);
		const variables = record[entry.variables];
		if (variables !== undefined) callee.variables = checkVariables(`${path}.${entry.variables}`, variables);
		return callee;
	});
}

function checkVariables(path: string, value: unknown): Record<string, string> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw SandboxError.param(path, `must be an object of strings, got ${typeName(value)}`);
	}
	for (const [name, text] of Object.entries(value)) requireString(`${path}.${name}`, text);
	return value as Record<string, string>;
}

function typeName(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}
