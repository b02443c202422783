// Test code never ships: the advice after a write that may have been applied names operations the user can find.
import { ambiguousWriteAdvice } from '../../../nodes/ICall/api/errors';
import { resources } from '../../../nodes/ICall/operations/icall/resources';
import { whatsAppResources } from '../../../nodes/ICall/operations/whatsapp/resources';
import { endpoints } from '../../../sandbox/contract';

/** "Template Message: Get Result" and the like, as the two action nodes show them. */
const shownOperations = new Set(
	[resources, whatsAppResources].flatMap((registry) =>
		Object.values(registry).flatMap(({ name, module }) => Object.values(module.operations).map((operation) => `${name}: ${operation.option.name}`)),
	),
);

const writes = Object.values(endpoints).filter((endpoint) => endpoint.method !== 'GET');

it.each(writes.map((endpoint) => [`${endpoint.resource}.${endpoint.operation}`, endpoint] as const))('%s: the advice names only real operations', (_, endpoint) => {
	const advice = ambiguousWriteAdvice(endpoint);
	expect(advice).toMatch(/may have been (created|applied)/);
	const named = /check with (.+?) before retrying/.exec(advice)?.[1];
	if (named === undefined) return;
	for (const operation of named.split(/,? or /)) expect(shownOperations).toContain(operation.replace(/ \(.*\)$/, ''));
});

it('names Template Message: Get Result after a template send, not an operation that does not exist', () => {
	expect(ambiguousWriteAdvice(endpoints.templateMessageSend)).toMatch(/Template Message: Get Result/);
	expect(ambiguousWriteAdvice(endpoints.templateMessageSend)).not.toMatch(/Get Many/);
});
