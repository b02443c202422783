// Test code never ships: n8n wants literal defaults, so they are checked against the contract here.
import { ICallCallbackApi } from '../../../credentials/ICallCallbackApi.credentials';
import { ICallTrigger } from '../../../nodes/ICall/ICallTrigger.node';
import { titleCase } from '../../../nodes/ICall/trigger/recognize';
import { triggerProperties } from '../../../nodes/ICall/trigger/properties';
import { conventions } from '../../../sandbox/contract';

describe('trigger defaults follow the contract', () => {
	it('uses the modeled token query parameter in the credential', () => {
		const credential = Object.fromEntries(new ICallCallbackApi().properties.map((property) => [property.name, property.default]));
		expect(credential.queryParameterName).toBe(conventions.callbacks.tokenQueryParameter);
	});
});

describe('trigger description', () => {
	const { description } = new ICallTrigger();

	it('is version 2 only and asks n8n to answer the webhookResponse', () => {
		expect(description.version).toBe(2);
		expect(description.defaultVersion).toBeUndefined();
		expect(description.webhooks).toEqual([expect.objectContaining({ responseMode: 'onReceived', responseData: '' })]);
	});

	it('keeps every secret out of node parameters', () => {
		const secretLike = /token|secret|key|iv$/i;
		const parameters = triggerProperties.filter((property) => property.type !== 'notice' && property.type !== 'boolean');
		expect(parameters.map((property) => property.name).filter((name) => secretLike.test(name))).toEqual([]);
		expect(new ICallCallbackApi().properties.filter((property) => property.typeOptions?.password).map((property) => property.name)).toEqual([
			'callbackToken',
			'signingSecret',
			'encryptionSecretKey',
		]);
	});

	it('names every event option in Title Case, each name once', () => {
		const events = triggerProperties.find((property) => property.name === 'events')!.options!;
		const names = events.map((option) => option.name);
		expect(new Set(names).size).toBe(names.length);
		const minor = new Set(['a', 'an', 'and', 'after', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);
		const lowerCaseWords = names.flatMap((name) => name.split(/[\s(]+/).filter((word) => /^[a-z]/.test(word) && !minor.has(word)));
		expect(lowerCaseWords).toEqual([]);
		for (const name of names) expect(name).toBe(titleCase(name));
		expect(names).toContain('Callback Template Message Sending Result');
		expect(names).toContain('Webhooks of the Info of Predictive Dialer System: Agents Status Changes');
	});
});
