// Test code never ships: n8n wants literal defaults, so they are checked against the contract here.
import { ICallCallbackApi } from '../../../credentials/ICallCallbackApi.credentials';
import { ICallTrigger } from '../../../nodes/ICall/ICallTrigger.node';
import { titleCase } from '../../../nodes/ICall/trigger/eventOptions';
import { triggerProperties } from '../../../nodes/ICall/trigger/properties';
import { conventions } from '../../../sandbox/contract';

function defaultOf(name: string): unknown {
	return triggerProperties.find((property) => property.name === name)?.default;
}

describe('trigger defaults follow the contract', () => {
	it('uses the modeled token query parameter and ciphertext field (version 1 parameters and the credential)', () => {
		expect(defaultOf('authQueryParameter')).toBe(conventions.callbacks.tokenQueryParameter);
		expect(defaultOf('ciphertextField')).toBe(conventions.callbacks.encryptedBodyField);
		const credential = Object.fromEntries(new ICallCallbackApi().properties.map((property) => [property.name, property.default]));
		expect(credential.queryParameterName).toBe(conventions.callbacks.tokenQueryParameter);
		expect(credential.headerName).toBe(defaultOf('authHeaderName'));
	});
});

describe('trigger description', () => {
	const { description } = new ICallTrigger();

	it('is version 2 by default, keeps 1 and 1.1, and asks n8n to answer the webhookResponse', () => {
		expect(description.version).toEqual([1, 1.1, 2]);
		expect(description.defaultVersion).toBe(2);
		expect(description.webhooks).toEqual([expect.objectContaining({ responseMode: 'onReceived', responseData: '' })]);
	});

	it('keeps every secret out of version-2 node parameters', () => {
		const secretLike = /token|secret|key|iv$/i;
		const version2 = triggerProperties.filter((property) => {
			const versions = property.displayOptions?.show?.['@version'];
			return property.type !== 'notice' && property.type !== 'boolean' && !(Array.isArray(versions) && !versions.includes(2) && versions.every((v) => typeof v === 'number'));
		});
		expect(version2.map((property) => property.name).filter((name) => secretLike.test(name))).toEqual([]);
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
