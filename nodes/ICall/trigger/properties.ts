import type { INodeProperties } from 'n8n-workflow';
import { conventions } from '../api/contract/conventions';
import { triggerHeading } from './heading';
import { ALL_EVENTS, eventOptions } from './recognize';
import { SIGNATURE_HEADER } from './verify';

const when = (toggle: string) => ({ show: { [toggle]: [true] } });
const { signatureHeader: plaintextHashHeader } = conventions.encryption;

export const triggerProperties: INodeProperties[] = [
	...triggerHeading(
		{
			name: 'setupNotice',
			text: 'AIRudder staff set the callback URL on their side: send them the <b>Production URL</b> shown under "Webhook URLs" above (add <code>?token=…</code> if you require a secret token), then publish this workflow. The Test URL only listens while you click "Listen for test event".',
		},
		{
			defaultEvents: [ALL_EVENTS],
			options: [
				{ name: 'All Events', value: ALL_EVENTS, description: 'Every callback, including unrecognised ones (event "unknown")' },
				...eventOptions,
			],
			description:
				'Callbacks to start the workflow for. Others are answered 200 (so AIRudder does not retry) without an execution.',
		},
	),
	{
		displayName: 'Require Secret Token',
		name: 'requireToken',
		type: 'boolean',
		default: false,
		description:
			'Whether to refuse (HTTP 401) callbacks that do not carry the secret token in the URL query or a header. The token is the Callback Token of the AIRudder iCall Callback API credential.',
	},
	{
		displayName: `Verify ${SIGNATURE_HEADER}`,
		name: 'verifySignature',
		type: 'boolean',
		default: false,
		description: `Whether to refuse (HTTP 401) callbacks whose ${SIGNATURE_HEADER} header is missing or wrong`,
	},
	{
		displayName: 'Signature Algorithm',
		name: 'signatureStyle',
		type: 'options',
		default: 'hmacSha256',
		options: [
			{
				name: 'HMAC-SHA256 With the Signing Secret',
				value: 'hmacSha256',
				description: 'Lowercase hex HMAC-SHA256 of the raw body, keyed with the credential\'s Signing Secret',
			},
			{
				name: 'SHA-256 of the Body (No Key)',
				value: 'sha256',
				description: `Lowercase hex SHA-256 of the raw body, like AIRudder's documented ${plaintextHashHeader} header; needs no secret, so it proves the body arrived whole rather than who sent it`,
			},
		],
		displayOptions: when('verifySignature'),
	},
	{
		displayName: `Modeled check: AIRudder documents the ${SIGNATURE_HEADER} header but not its algorithm. Confirm with AIRudder which of the two it uses before relying on it. The header is documented on the workflow chatbot session-end callback only: with this on, every callback without it is refused, so turn it on only once AIRudder confirms it signs every callback sent to this URL.`,
		name: 'signatureNotice',
		type: 'notice',
		default: '',
		displayOptions: when('verifySignature'),
	},
	{
		displayName: 'Encrypted Callbacks',
		name: 'encryptedCallbacks',
		type: 'options',
		default: 'flagged',
		options: [
			{
				name: 'Decrypt When Marked (Is-Encrypted: 1)',
				value: 'flagged',
				description: 'Plain callbacks pass; marked ones are decrypted with the credential\'s Encryption Key',
			},
			{ name: 'Always Encrypted', value: 'always', description: 'Every callback must be encrypted; a plain one is refused (HTTP 400)' },
		],
		description: `AIRudder's scheme: AES-ECB, base64, ${plaintextHashHeader} header checked when present. A callback that cannot be decrypted is refused with HTTP 400 and the reason.`,
	},
	{
		displayName: `n8n itself refuses (HTTP 422) a body that is sent as <code>application/json</code> but is not JSON, before this node runs. Ask AIRudder to send encrypted callbacks as <code>text/plain</code> (<code>application/octet-stream</code> and form-encoded work too).`,
		name: 'encryptionContentTypeNotice',
		type: 'notice',
		default: '',
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
				name: 'Event and Payload',
				value: 'identifyingFields',
				description:
					'The event plus every field of the payload, in any key order or spacing; a body that is not JSON is compared byte for byte',
			},
			{ name: 'Exact Body', value: 'body', description: 'Only a byte-for-byte identical body is a repeat' },
		],
		displayOptions: when('dedupe'),
	},
	{
		displayName: 'Report Payload Shapes',
		name: 'reportPayloadShapes',
		type: 'boolean',
		default: false,
		description:
			'Whether to add payloadShape to each item: the event rule that matched, the keys no documented or modeled payload explains, and the keys and types of the body without its values, to paste into a public issue when a callback differs from the model',
	},
];
