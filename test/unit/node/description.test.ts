/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// Test code never ships: it reads the source tree to check the house rules.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { INodeProperties } from 'n8n-workflow';

import { ICallApi } from '../../../credentials/ICallApi.credentials';
import { allEndpoints, conventions, isModeled } from '../../../nodes/ICall/contract';
import { resources } from '../../../nodes/ICall/actions/registry';
import { ICall } from '../../../nodes/ICall/ICall.node';
import { PACKAGE_VERSION } from '../../../nodes/ICall/version';

const root = resolve(__dirname, '..', '..', '..');
const node = new ICall();
const properties = node.description.properties;

function propertiesFor(resource: string, operation: string): INodeProperties[] {
	return properties.filter((p) => {
		const show = p.displayOptions?.show;
		return show?.resource?.includes(resource) && show?.operation?.includes(operation);
	});
}

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

describe('node description', () => {
	const implemented = allEndpoints.filter((e) => e.implemented);

	it('has exactly one operation per implemented endpoint of the contract', () => {
		const operations = Object.entries(resources).flatMap(([resource, { module }]) =>
			Object.keys(module.operations).map((operation) => `${resource}.${operation}`),
		);
		expect(operations.sort()).toEqual(implemented.map((e) => `${e.resource}.${e.operation}`).sort());
		expect(operations).toHaveLength(implemented.length);
		expect(implemented.length).toBeGreaterThanOrEqual(30);
	});

	it.each(implemented.map((e) => [`${e.resource}.${e.operation}`, e] as const))('%s has its building blocks', (_, endpoint) => {
		const own = propertiesFor(endpoint.resource, endpoint.operation);
		const names = own.map((p) => p.name);
		expect(names).toContain(endpoint.method === 'GET' ? 'additionalQueryParameters' : 'additionalBodyFields');
		expect(names.includes('modeledNotice')).toBe(isModeled(endpoint.tag));
		if (endpoint.operation === 'getMany') expect(names).toEqual(expect.arrayContaining(['returnAll', 'limit']));
		const option = properties
			.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(endpoint.resource))
			?.options?.find((o) => 'value' in o && o.value === endpoint.operation);
		expect(option && 'action' in option && option.action).toBeTruthy();
	});

	it('is usable as an AI tool and uses the credential', () => {
		expect(node.description.usableAsTool).toBe(true);
		expect(node.description.credentials).toEqual([{ name: 'iCallApi', required: true }]);
	});
});

describe('credential', () => {
	const credential = new ICallApi();

	it('hides the secret and keeps an expirable token', () => {
		const byName = Object.fromEntries(credential.properties.map((p) => [p.name, p]));
		expect(byName.appSecret.typeOptions?.password).toBe(true);
		expect(byName.token.type).toBe('hidden');
		expect(byName.token.typeOptions).toEqual({ expirable: true, password: true });
		expect(byName.baseUrl.default).toBe(conventions.baseUrl.value);
		expect(credential.authenticate.properties.headers?.Authorization).toBe('=Token {{$credentials.token}}');
		expect(credential.test).toBeDefined();
	});
});

describe('house rules', () => {
	const sources = [...filesUnder(join(root, 'nodes')), ...filesUnder(join(root, 'credentials'))].filter(
		(file) => file.endsWith('.ts') && !file.includes(`${join('nodes', 'ICall', 'contract')}`),
	);

	it('spells no API path or wire field name outside the contract module', () => {
		// Plain lowercase words (callee, name) double as n8n parameter names; the distinctive ones are checked.
		const wireNames = new Set(
			allEndpoints
				.flatMap((e) => [...Object.values(e.fields).map((f) => f.wire), ...Object.values(e.contacts?.entry ?? {})])
				.filter((wire) => /[A-Z_]/.test(wire)),
		);
		const offenders: string[] = [];
		for (const file of sources) {
			// n8n parameter names and labels are UI words, not wire names.
			const text = readFileSync(file, 'utf8').replace(/\b(displayName|name|placeholder|value): '[^']*'/g, '');
			if (text.includes('/service/')) offenders.push(`${file}: path`);
			for (const wire of wireNames) {
				if (new RegExp(`['"\`]${wire}['"\`]`).test(text)) offenders.push(`${file}: "${wire}"`);
			}
		}
		expect(offenders).toEqual([]);
	});

	it('keeps the User-Agent version equal to package.json', () => {
		const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
		expect(PACKAGE_VERSION).toBe(pkg.version);
	});
});
