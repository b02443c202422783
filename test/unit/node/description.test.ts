/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// Test code never ships: it reads the source tree to check the house rules.
import type { INodeProperties } from 'n8n-workflow';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ICallApi } from '../../../credentials/ICallApi.credentials';
import { PACKAGE_VERSION } from '../../../nodes/ICall/api/client';
import { ICall } from '../../../nodes/ICall/ICall.node';
import { ICallWhatsApp } from '../../../nodes/ICall/ICallWhatsApp.node';
import type { ResourceRegistry } from '../../../nodes/ICall/operations/define';
import { resources } from '../../../nodes/ICall/operations/icall/resources';
import { whatsAppResources } from '../../../nodes/ICall/operations/whatsapp/resources';
import type { Endpoint } from '../../../sandbox/contract';
import { allEndpoints, chatbotLimits, conventionProvenance, conventions, endpointProvenance, endpoints, modeledPartsOf } from '../../../sandbox/contract';

const root = resolve(__dirname, '..', '..', '..');
const node = new ICall();
const whatsApp = new ICallWhatsApp();

/** Each action node, its own registry, and the contract families it serves. */
const actionNodes: Array<{ node: ICall | ICallWhatsApp; registry: ResourceRegistry; families: string[] }> = [
	{ node, registry: resources, families: ['calling', 'workflow'] },
	{ node: whatsApp, registry: whatsAppResources, families: ['chatbot'] },
];

function nodeOf(endpoint: Endpoint) {
	return actionNodes.find((candidate) => candidate.families.includes(endpoint.family))!;
}

function escapeHatchName(endpoint: Endpoint): string {
	if (endpoint.multipart) return 'additionalFormFields';
	return endpoint.method === 'GET' ? 'additionalQueryParameters' : 'additionalBodyFields';
}

function propertiesFor(resource: string, operation: string, properties: INodeProperties[] = node.description.properties): INodeProperties[] {
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

function noticeOf(endpoint: Endpoint): string | undefined {
	const own = propertiesFor(endpoint.resource, endpoint.operation, nodeOf(endpoint).node.description.properties);
	return own.find((p) => p.name === 'modeledNotice')?.displayName;
}

describe('node description', () => {
	const implemented = allEndpoints;

	it.each(actionNodes.map((entry) => [entry.node.description.displayName, entry] as const))(
		'%s has exactly one operation per endpoint of its families, and Account: Check',
		(_, { registry, families }) => {
			const operations = Object.entries(registry).flatMap(([resource, { module }]) =>
				Object.keys(module.operations).map((operation) => `${resource}.${operation}`),
			);
			const own = implemented.filter((e) => families.includes(e.family));
			expect(operations.sort()).toEqual([...own.map((e) => `${e.resource}.${e.operation}`), 'account.check'].sort());
		},
	);

	it.each(actionNodes.map((entry) => [entry.node.description.displayName, entry] as const))(
		'%s: Account: Check has no escape hatch or modeled notice, only its read-only notice linking the README section',
		(_, { node: actionNode }) => {
			const own = propertiesFor('account', 'check', actionNode.description.properties);
			expect(own.map((p) => p.name)).toEqual(['accountCheckNotice']);
			expect(own[0].displayName).toContain('#your-account-differs-from-the-model');
			expect(own[0].displayName).toMatch(/^Reads only/);
		},
	);

	it('covers every endpoint: 15 calling, 18 workflow, 15 chatbot', () => {
		expect(implemented.filter((e) => e.family === 'calling')).toHaveLength(15);
		expect(implemented.filter((e) => e.family === 'workflow')).toHaveLength(18);
		expect(implemented.filter((e) => e.family === 'chatbot')).toHaveLength(15);
	});

	it.each(implemented.map((e) => [`${e.resource}.${e.operation}`, e] as const))('%s has its building blocks', (_, endpoint) => {
		const properties = nodeOf(endpoint).node.description.properties;
		const own = propertiesFor(endpoint.resource, endpoint.operation, properties);
		const names = own.map((p) => p.name);
		expect(names).toContain(escapeHatchName(endpoint));
		expect(names.includes('modeledNotice')).toBe(endpoint.modeled !== undefined);
		if (endpoint.operation === 'getMany') expect(names).toEqual(expect.arrayContaining(['returnAll', 'limit']));
		const option = properties
			.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(endpoint.resource))
			?.options?.find((o) => 'value' in o && o.value === endpoint.operation);
		expect(option && 'action' in option && option.action).toBeTruthy();
	});

	it.each(implemented.map((e) => [`${e.resource}.${e.operation}`, e] as const))('%s says in its notice whatever of it is modeled, and nothing else', (_, endpoint) => {
		const notice = noticeOf(endpoint);
		if (endpoint.modeled === undefined) return expect(notice).toBeUndefined();
		const escapeHatch = propertiesFor(endpoint.resource, endpoint.operation, nodeOf(endpoint).node.description.properties).find((p) => p.name === escapeHatchName(endpoint));
		expect(notice).toContain(`under ${escapeHatch!.displayName},`);
		expect(notice).toContain('"Custom API Call"');
		expect(notice).toContain('#your-account-differs-from-the-model');
		const { path, allFields, fields = [], contactKeys = [], answer } = endpoint.modeled;
		expect(/has not published the path/.test(notice!)).toBe(path === true);
		expect(/documents this operation's path but not its request fields/.test(notice!)).toBe(allFields === true);
		for (const key of fields) expect(notice).toContain(endpoint.fields[key].wire);
		for (const key of contactKeys) expect(notice).toContain(`${endpoint.contacts!.entry[key]} (each contact's`);
		expect(/answer are our model/.test(notice!)).toBe(answer === true && path !== true);
	});

	it('names the one modeled key of Task: Create, whose request the vendor documented', () => {
		expect(noticeOf(endpoints.taskCreate)).toMatch(
			/^AIRudder documents this request except the key CaseID \(each contact's case ID\), which follows our model of the API\. The field names of its answer are our model too\. If your account/,
		);
		expect(noticeOf(endpoints.taskGet)).toMatch(/except the keys Page and Number, which follow our model/);
		expect(noticeOf(endpoints.workflowTaskGetDetails)).toMatch(/^AIRudder documents this operation's path but not its request fields/);
		expect(noticeOf(endpoints.taskGetMany)).toBeUndefined();
	});

	it.each(actionNodes.map((entry) => [entry.node.description.displayName, entry] as const))('%s is usable as an AI tool and uses the credential', (_, entry) => {
		expect(entry.node.description.usableAsTool).toBe(true);
		expect(entry.node.description.credentials).toEqual([{ name: 'iCallApi', required: true }]);
	});

	it('says in every WhatsApp sending operation that it messages real people', () => {
		const sending = ['templateMessage.send', 'templateMessage.sendSingle', 'message.send'];
		for (const id of sending) {
			const [resource, operation] = id.split('.');
			const selector = whatsApp.description.properties.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource));
			const option = selector?.options?.find((o) => 'value' in o && o.value === operation) as { description?: string } | undefined;
			expect(option?.description).toMatch(/real (person|people)/);
		}
	});
});

describe('provenance', () => {
	it.each(Object.entries(endpoints))('%s tags every field and contact key it sends', (id, endpoint: Endpoint) => {
		const provenance = endpointProvenance[id as keyof typeof endpoints];
		expect(Object.keys(provenance.fields).sort()).toEqual(Object.keys(endpoint.fields).sort());
		expect(Object.keys(provenance.contactEntry ?? {}).sort()).toEqual(
			Object.entries(endpoint.contacts?.entry ?? {})
				.filter(([, wire]) => wire !== undefined)
				.map(([key]) => key)
				.sort(),
		);
	});

	it.each(Object.entries(endpoints))('%s ships the modeled summary its provenance gives', (id, endpoint: Endpoint) => {
		expect(endpoint.modeled).toEqual(modeledPartsOf(endpointProvenance[id as keyof typeof endpoints]));
	});

	it('tags only conventions that exist', () => {
		const at = (path: string) => path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], conventions);
		for (const path of Object.keys(conventionProvenance)) expect({ path, exists: at(path) !== undefined }).toEqual({ path, exists: true });
	});
});

describe('credential', () => {
	const credential = new ICallApi();

	it('hides the secret and keeps an expirable token', async () => {
		const byName = Object.fromEntries(credential.properties.map((p) => [p.name, p]));
		expect(byName.appSecret.typeOptions?.password).toBe(true);
		expect(byName.token.type).toBe('hidden');
		expect(byName.token.typeOptions).toEqual({ expirable: true, password: true });
		expect(byName.baseUrl.default).toBe(conventions.baseUrl.value);
		const request = await credential.authenticate({ token: 'tok-123' }, { url: '/x', headers: { 'User-Agent': 'ua' } });
		expect(request.headers).toEqual({ 'User-Agent': 'ua', Authorization: 'Token tok-123' });
		expect(credential.test).toBeDefined();
	});
});

describe('house rules', () => {
	const sources = [...filesUnder(join(root, 'nodes')), ...filesUnder(join(root, 'credentials'))].filter(
		(file) => file.endsWith('.ts') && !file.includes(`${join('nodes', 'ICall', 'api', 'contract')}`),
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

describe('WhatsApp defaults follow the contract', () => {
	const whatsAppProperties = new ICallWhatsApp().description.properties;
	const optionDefault = (collection: string, option: string) =>
		(whatsAppProperties.find((p) => p.name === collection)?.options as INodeProperties[] | undefined)?.find((o) => o.name === option)?.default;

	it('uses the contract limits as defaults (lint wants literals there)', () => {
		expect(optionDefault('uploadOptions', 'maxFileSizeMiB')).toBe(chatbotLimits.uploadMaxBytes / (1024 * 1024));
		expect(optionDefault('contactBatching', 'contactsPerRequest')).toBe(chatbotLimits.receiversPerRequest);
	});
});

describe('optional pickers', () => {
	const { NodeHelpers } = jest.requireActual<typeof import('n8n-workflow')>('n8n-workflow');
	const issuesOf = (parameters: Record<string, unknown>) =>
		NodeHelpers.getNodeParametersIssues(node.description.properties, {
			id: 'n1',
			name: 'AIRudder iCall',
			type: 'n8n-nodes-airudder.iCall',
			typeVersion: 1,
			position: [0, 0],
			parameters: { resource: 'workflowCall', operation: 'get', ...parameters },
		} as never, node.description);

	it('lets Workflow Call: Get run with its workflow picker left empty "By ID" when the outbound task ID is given', () => {
		expect(issuesOf({ workflowId: { __rl: true, mode: 'id', value: '' }, taskId: 'T1', callee: '+6281234567890' })?.parameters?.workflowId).toBeUndefined();
		expect(issuesOf({ workflowId: { __rl: true, mode: 'id', value: 'a b' }, taskId: 'T1' })?.parameters?.workflowId).toEqual(['The ID cannot contain spaces']);
	});
});
