// Test code never ships: n8n wants literal defaults, so they are checked against the contract here.
import { conventions } from '../../../nodes/ICall/contract';
import { triggerProperties } from '../../../nodes/ICall/trigger/properties';

function defaultOf(name: string): unknown {
	return triggerProperties.find((property) => property.name === name)?.default;
}

describe('trigger defaults follow the contract', () => {
	it('uses the modeled token query parameter and ciphertext field', () => {
		expect(defaultOf('authQueryParameter')).toBe(conventions.callbacks.tokenQueryParameter);
		expect(defaultOf('ciphertextField')).toBe(conventions.callbacks.encryptedBodyField);
	});
});
