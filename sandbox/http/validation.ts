// Dev tooling for the iCall sandbox: never ships in the n8n package.
import { VARIABLES_AT_TOP_LEVEL, contactFromWire, conventions, type Endpoint } from '../contract';
import { SandboxError, sandboxErrorCodes } from './envelope';

/**
 * What a field must look like. The contract names fields but not their types, so the sandbox keeps
 * the types here, keyed by the contract's field keys (not by wire names): a renamed wire field
 * in the contract is picked up without touching this file.
 */
export type FieldKind =
	| 'string'
	| 'phone'
	| 'contacts'
	| 'positiveInteger'
	| 'nonNegativeInteger'
	| 'integer'
	| 'classicTime'
	| 'workflowTime'
	| 'constant'
	| 'object'
	| 'file';

export type FieldKinds = Record<string, FieldKind>;

export interface ValidatedRequest {
	/** Values by contract field key (e.g. `taskId`), as sent; integers already parsed. */
	values: Record<string, unknown>;
	/** Top-level wire names the contract does not list. */
	unknownFields: string[];
}

const phonePattern = new RegExp(conventions.phoneNumber.pattern);
/** A contract time format ("yyyy-MM-dd HH:mm:ss", quoted literals such as '+08:00') as a pattern. */
function timePattern(format: string): RegExp {
	const body = format
		.replace(/'([^']*)'/g, (_, literal: string) => literal.replace(/[+]/g, '\\+'))
		.replace('yyyy', '\\d{4}')
		.replace(/MM|dd|HH|mm|ss/g, '\\d{2}');
	return new RegExp(`^${body}$`);
}
const classicTimePattern = timePattern(conventions.times.classic.format);
const workflowTimePattern = timePattern(conventions.times.workflow.format);

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
	for (const group of endpoint.oneOf ?? []) {
		if (group.every((key) => values[key] === undefined)) {
			const wires = group.map((key) => endpoint.fields[key].wire);
			throw SandboxError.param(wires.join('/'), `one of ${wires.join(', ')} is required`);
		}
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
		case 'workflowTime': {
			const text = requireString(wire, value);
			if (!workflowTimePattern.test(text)) {
				throw SandboxError.param(wire, `must look like "${conventions.times.workflow.format.replace(/'/g, '')}", got "${text}"`);
			}
			return text;
		}
		case 'integer': {
			if (typeof value !== 'number' || !Number.isInteger(value)) {
				throw SandboxError.param(wire, `must be an integer, got ${typeName(value)}`);
			}
			return value;
		}
		case 'positiveInteger':
			return requireInteger(wire, value, 1);
		case 'nonNegativeInteger':
			return requireInteger(wire, value, 0);
		case 'constant': {
			const expected = endpoint.constants?.[wire];
			if (value !== expected) throw SandboxError.param(wire, `must be "${expected}", got ${JSON.stringify(value)}`);
			return value;
		}
		case 'contacts':
			return checkContacts(endpoint, wire, value);
		case 'object':
			if (typeof value !== 'object' || value === null || Array.isArray(value)) throw SandboxError.param(wire, `must be an object, got ${typeName(value)}`);
			return value;
		case 'file':
			// Multipart uploads: the server has already stored the part; a text field is not a file.
			if (typeof value !== 'object' || value === null || !('fileId' in value)) throw SandboxError.param(wire, 'must be a file part (with a filename)');
			return value;
	}
}

function requireInteger(wire: string, value: unknown, min: number): number {
	const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
	if (typeof number !== 'number' || !Number.isInteger(number) || number < min) {
		throw SandboxError.param(wire, `must be a ${min > 0 ? 'positive' : 'non-negative'} integer, got ${JSON.stringify(value)}`);
	}
	return number;
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

export interface ContactInput {
	number: string;
	caseId?: string;
	robotId?: string;
	variables?: Record<string, unknown>;
}

/** A contact list as the contract shapes it; an entry in any other shape is refused, naming the key. */
function checkContacts(endpoint: Endpoint, wire: string, value: unknown): ContactInput[] {
	if (!Array.isArray(value)) throw SandboxError.param(wire, `must be an array, got ${typeName(value)}`);
	if (value.length === 0) throw SandboxError.param(wire, 'must list at least one contact', sandboxErrorCodes.contactsEmpty);
	const list = endpoint.contacts;
	if (!list) throw new Error(`contract: ${endpoint.path} has a contact list without a shape`);
	const { entry } = list;
	return value.map((item: unknown, index) => {
		const path = `${wire}[${index}]`;
		if (typeof item !== 'object' || item === null || Array.isArray(item)) {
			throw SandboxError.param(path, `must be an object, got ${typeName(item)}`);
		}
		const parts = contactFromWire(entry, item as Record<string, unknown>);
		if (parts.number === undefined) throw SandboxError.param(`${path}.${entry.number}`, 'is required');
		const contact: ContactInput = { number: requirePhone(`${path}.${entry.number}`, parts.number) };
		if (parts.caseId !== undefined && entry.caseId) contact.caseId = requireString(`${path}.${entry.caseId}`, parts.caseId);
		if (parts.robotId !== undefined && entry.robotId) contact.robotId = requireString(`${path}.${entry.robotId}`, parts.robotId);
		if (parts.variables !== undefined) {
			const at = entry.variables === VARIABLES_AT_TOP_LEVEL ? path : `${path}.${entry.variables}`;
			contact.variables = checkVariables(at, parts.variables);
		}
		return contact;
	});
}

/** Variables are flat: text, numbers or booleans (the vendor example mixes strings and numbers). */
function checkVariables(path: string, value: unknown): Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw SandboxError.param(path, `must be an object, got ${typeName(value)}`);
	}
	for (const [name, variable] of Object.entries(value)) {
		if (!['string', 'number', 'boolean'].includes(typeof variable)) {
			throw SandboxError.param(`${path}.${name}`, `must be text, a number or a boolean, got ${typeName(variable)}`);
		}
	}
	return value as Record<string, unknown>;
}

function typeName(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}
