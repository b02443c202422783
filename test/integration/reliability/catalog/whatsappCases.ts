// Test code never ships: malformed inputs for the AIRudder WhatsApp node (run by whatsappCatalog.test.ts).
// Kept out of malformedInputs until RELIABILITY.md is regenerated with them (it counts that list).
import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { inlineBinary } from '../../../harness';
import type { MalformedInput } from './types';
import { byId, GOOD, phones } from './types';

const bulk = (extra: INodeParameters = {}) => () => ({
	resource: 'templateMessage',
	operation: 'send',
	wabaAccount: byId('waba-collection'),
	template: byId('41'),
	language: 'en',
	contactsSource: 'items',
	phoneNumberField: 'phone',
	// Checking reads the template from AIRudder; these cases are refused without any request.
	sendOptions: { checkTemplate: false },
	...extra,
});
const typed = (numbers: string[]) => bulk({ contactsSource: 'list', contacts: { contact: numbers.map((phoneNumber) => ({ phoneNumber, variables: '{"name": "Ani"}' })) } });
const single = (extra: INodeParameters = {}) => () => ({
	resource: 'templateMessage',
	operation: 'sendSingle',
	wabaAccount: byId('waba-collection'),
	template: byId('35'),
	language: 'en',
	phoneNumber: GOOD[0],
	variables: '{"name": "Ani"}',
	...extra,
});
const message = (extra: INodeParameters) => () => ({ resource: 'message', operation: 'send', conversation: byId('conversation-1'), ...extra });
const location = (latitude: unknown, longitude: unknown = 106.78) => message({ messageType: 'location', latitude: latitude as number, longitude: longitude as number });
const emptyFile = (): INodeExecutionData[] => [{ json: {}, binary: { data: inlineBinary(Buffer.alloc(0), 'empty.pdf', 'application/pdf') } }];

const B = 'Template Message: Send';
const S = 'Template Message: Send Single';
const M = 'Message: Send';

export const whatsAppMalformedInputs: MalformedInput[] = [
	{ operation: B, what: 'the same number twice in the input items', parameters: bulk(), items: phones(GOOD[0], GOOD[1], `${GOOD[0].slice(0, 3)} ${GOOD[0].slice(3)}`), error: /item 2, field "phone": .*already in this list \(item 0\)/ },
	{ operation: B, what: 'the same number typed twice into Contacts', parameters: typed(['+6281300000600', '+62 813 0000 0600']), error: /item 0, field "Contacts\[1\]\.Phone Number": .*already in this list \(Contacts\[0\]\)/ },
	{ operation: B, what: 'Contacts per Request 0', parameters: bulk({ contactBatching: { contactsPerRequest: 0 } }), items: phones(...GOOD), error: /Item 0, field "Contacts per Request": must be a whole number of at least 1/ },
	{ operation: B, what: 'empty Language', parameters: bulk({ language: ' ' }), items: phones(...GOOD), error: /Item 0, field "Language": is empty/ },
	{ operation: B, what: 'a language the template is not approved in', parameters: bulk({ template: byId('35'), language: 'id', sendOptions: {} }), items: phones(...GOOD), error: /Item 0, field "Language": template 35 is not approved in "id"/, needsAirudder: true },
	{ operation: S, what: 'a variable of spaces', parameters: single({ variables: '{"name": "   "}' }), error: /Item 0, field "Variables \(JSON\)": lacks "name", which template 35 needs/, needsAirudder: true },
	{ operation: M, what: 'Media URL that is not a link', parameters: message({ messageType: 'image', mediaSource: 'url', mediaUrl: 'not a url' }), error: /Item 0, field "Media URL": must be an http or https link/ },
	{ operation: M, what: 'Media URL with another scheme', parameters: message({ messageType: 'document', mediaSource: 'url', mediaUrl: 'ftp://example.com/a.pdf' }), error: /Item 0, field "Media URL": must be an http or https link/ },
	{ operation: M, what: 'Latitude in hexadecimal (0x10)', parameters: location('0x10'), error: /Item 0, field "Latitude": must be a decimal number/ },
	{ operation: M, what: 'Latitude in exponent notation (1e1)', parameters: location('1e1'), error: /Item 0, field "Latitude": must be a decimal number/ },
	{ operation: M, what: 'Longitude out of range', parameters: location(1, 181), error: /Item 0, field "Longitude": must be between -180 and 180/ },
	{ operation: M, what: 'an empty binary file', parameters: message({ messageType: 'document', mediaSource: 'binary' }), items: emptyFile(), error: /Item 0, field "Input Binary Field": the file "empty.pdf" in "data" is empty/ },
	{ operation: 'File: Upload', what: 'an empty binary file', parameters: () => ({ resource: 'file', operation: 'upload' }), items: emptyFile(), error: /Item 0, field "Input Binary Field": the file "empty.pdf" in "data" is empty/ },
];
