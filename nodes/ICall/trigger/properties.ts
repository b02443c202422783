import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { isModeled, UNKNOWN_EVENT, webhookEvents } from '../contract';
import { describeRule } from './recognizeEvent';
import { SIGNATURE_HEADER } from './signature';

/** The Events filter value that means "every event, recognised or not". */
export const ALL_EVENTS = '*';

const eventOptions: INodePropertyOptions[] = [
	...webhookEvents.map((event) => ({
		name: `${event.id}: ${event.title}`,
		value: event.id,
		description: `Recognised when the payload ${describeRule(event.rule)}.${
			isModeled(event.tag) ? ' Modeled: the vendor page could not be read, so this rule is our inference.' : ''
		}`,
	})),
	{
		name: `${UNKNOWN_EVENT}: Unrecognised Payload`,
		value: UNKNOWN_EVENT,
		description: 'A callback that matches no rule of the catalog, passed through whole',
	},
].sort((a, b) => a.name.localeCompare(b.name));

const when = (toggle: string) => ({ show: { [toggle]: [true] } });

export const triggerProperties: INodeProperties[] = [
	{
		displayName:
			'AIRudder staff set the callback URL on their side: send them the <b>Production URL</b> shown under "Webhook URLs" above (add <code>?token=…</code> if you require a secret token), then publish this workflow. The Test URL only listens while you click "Listen for test event".',
		name: 'setupNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		required: true,
		default: [ALL_EVENTS],
		options: [
			{ name: 'All Events', value: ALL_EVENTS, description: 'Every callback, including unrecognised ones (event "unknown")' },
			...eventOptions,
		],
		description:
			'Callbacks to start the workflow for. Others are answered 200 (so AIRudder does not retry) without an execution.',
	},
	{
		displayName: 'Require Secret Token',
		name: 'requireToken',
		type: 'boolean',
		default: false,
		description: 'Whether to refuse (HTTP 401) callbacks that do not carry the secret token in the URL query or a header',
	},
	{
		displayName: 'Token',
		name: 'token',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		displayOptions: when('requireToken'),
		description: 'The secret to append to the URL you give AIRudder, e.g. …/webhook?token=&lt;this value&gt;',
	},
	{
		displayName: 'Query Parameter Name',
		name: 'authQueryParameter',
		type: 'string',
		default: 'token',
		displayOptions: when('requireToken'),
		description: 'Query parameter of the callback URL that carries the secret token',
	},
	{
		displayName: 'Header Name',
		name: 'authHeaderName',
		type: 'string',
		default: 'X-AIRudder-Token',
		displayOptions: when('requireToken'),
		description: 'Header that may carry the secret token instead; it is left out of the output',
	},
	{
		displayName: `Verify ${SIGNATURE_HEADER}`,
		name: 'verifySignature',
		type: 'boolean',
		default: false,
		description: `Whether to refuse (HTTP 401) callbacks whose ${SIGNATURE_HEADER} header is missing or wrong`,
	},
	{
		displayName: `Modeled check: AIRudder documents the ${SIGNATURE_HEADER} header but not its algorithm. This node expects the lowercase hex HMAC-SHA256 of the raw body, keyed with the secret below. Confirm with AIRudder before relying on it.`,
		name: 'signatureNotice',
		type: 'notice',
		default: '',
		displayOptions: when('verifySignature'),
	},
	{
		displayName: 'Signing Secret',
		name: 'signingSecret',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		displayOptions: when('verifySignature'),
	},
	{
		displayName: 'Decrypt Body',
		name: 'decryptBody',
		type: 'boolean',
		default: false,
		description: 'Whether callbacks arrive AES-encrypted; one that cannot be decrypted is refused with HTTP 400 and the reason',
	},
	{
		displayName:
			'Modeled: AIRudder\'s encryption pages could not be read. Use the same settings as the "Encryption" option of your AIRudder credential.',
		name: 'decryptNotice',
		type: 'notice',
		default: '',
		displayOptions: when('decryptBody'),
	},
	{
		displayName: 'AES Mode',
		name: 'aesMode',
		type: 'options',
		default: 'aes-128-ecb',
		options: [{ name: 'AES-ECB', value: 'aes-128-ecb' }],
		displayOptions: when('decryptBody'),
	},
	{
		displayName: 'AES Key',
		name: 'aesKey',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		displayOptions: when('decryptBody'),
		description: '16 bytes for AES-128, 32 bytes for AES-256, written as set in Key and IV Format',
	},
	{
		displayName: 'IV',
		name: 'aesIv',
		type: 'string',
		default: '',
		displayOptions: { show: { decryptBody: [true], aesMode: ['aes-128-cbc', 'aes-256-cbc'] } },
		description: 'The 16-byte initialisation vector the CBC modes need',
	},
	{
		displayName: 'Key and IV Format',
		name: 'aesKeyFormat',
		type: 'options',
		default: 'utf8',
		options: [
			{ name: 'Base64', value: 'base64' },
			{ name: 'Hex', value: 'hex' },
			{ name: 'Text (UTF-8)', value: 'utf8' },
		],
		displayOptions: when('decryptBody'),
	},
	{
		displayName: 'Ciphertext Encoding',
		name: 'ciphertextEncoding',
		type: 'options',
		default: 'base64',
		options: [
			{ name: 'Base64', value: 'base64' },
			{ name: 'Hex', value: 'hex' },
		],
		displayOptions: when('decryptBody'),
	},
	{
		displayName: 'Ciphertext Field',
		name: 'ciphertextField',
		type: 'string',
		default: 'data',
		displayOptions: when('decryptBody'),
		description: 'JSON field holding the ciphertext; a body that is not JSON is taken as the ciphertext itself',
	},
	{
		displayName: 'Ignore Repeats',
		name: 'dedupe',
		type: 'boolean',
		default: false,
		description:
			'Whether to answer a repeat of an event seen within the window with 200 and no execution (AIRudder retries up to 5 times, a minute apart)',
	},
	{
		displayName: 'Repeat Window (Minutes)',
		name: 'dedupeWindowMinutes',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 10,
		displayOptions: when('dedupe'),
	},
	{
		displayName: 'Match Repeats By',
		name: 'dedupeBy',
		type: 'options',
		default: 'identifyingFields',
		options: [
			{
				name: 'Event and Identifying Fields',
				value: 'identifyingFields',
				description:
					'The event plus its ID, status, time and callee fields; payloads without any ID fall back to the exact body',
			},
			{ name: 'Exact Body', value: 'body', description: 'Only a byte-for-byte identical body is a repeat' },
		],
		displayOptions: when('dedupe'),
	},
];
