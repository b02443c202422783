import type { INodeProperties } from 'n8n-workflow';

/**
 * The secret and AES parameters of versions 1 and 1.1, kept (hidden from version 2) so that
 * workflows saved with them still load their values: n8n drops parameters a node type no longer
 * describes. See legacySettings.ts for how they are read.
 */

export const LEGACY_VERSIONS = [1, 1.1];

const legacy = (show: Record<string, Array<string | boolean>> = {}) => ({ show: { '@version': LEGACY_VERSIONS, ...show } });

export const legacyNotice: INodeProperties = {
	displayName:
		'This older version of the trigger keeps its secrets in the workflow (and so in exports and version history). Add the trigger again to get version 2, which keeps them in an AIRudder iCall Callback API credential; then send AIRudder the new Production URL.',
	name: 'legacyNotice',
	type: 'notice',
	default: '',
	displayOptions: legacy(),
};

export const legacyTokenProperties: INodeProperties[] = [
	{
		displayName: 'Token',
		name: 'token',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		displayOptions: legacy({ requireToken: [true] }),
		description: 'The secret to append to the URL you give AIRudder, e.g. …/webhook?token=&lt;this value&gt;',
	},
	{
		displayName: 'Query Parameter Name',
		name: 'authQueryParameter',
		type: 'string',
		default: 'token',
		displayOptions: legacy({ requireToken: [true] }),
	},
	{
		displayName: 'Header Name',
		name: 'authHeaderName',
		type: 'string',
		default: 'X-AIRudder-Token',
		displayOptions: legacy({ requireToken: [true] }),
	},
];

export const legacySigningProperties: INodeProperties[] = [
	{
		displayName: 'Signing Secret',
		name: 'signingSecret',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		displayOptions: legacy({ verifySignature: [true] }),
	},
];

const unsupported = ' (Not Used by AIRudder: Upgrade to Version 2)';

export const legacyDecryptionProperties: INodeProperties[] = [
	{
		displayName: 'Decrypt Body',
		name: 'decryptBody',
		type: 'boolean',
		default: false,
		displayOptions: legacy(),
		description: 'Whether every callback arrives AES-encrypted (AIRudder\'s scheme: AES-ECB, key as text, base64)',
	},
	{
		displayName: 'AES Mode',
		name: 'aesMode',
		type: 'options',
		default: 'aes-128-ecb',
		options: [
			{ name: 'AES-ECB', value: 'aes-128-ecb' },
			{ name: `AES-128-CBC${unsupported}`, value: 'aes-128-cbc' },
			{ name: `AES-256-CBC${unsupported}`, value: 'aes-256-cbc' },
		],
		displayOptions: legacy({ decryptBody: [true] }),
	},
	{
		displayName: 'AES Key',
		name: 'aesKey',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		displayOptions: legacy({ decryptBody: [true] }),
	},
	{
		displayName: 'IV',
		name: 'aesIv',
		type: 'string',
		default: '',
		displayOptions: legacy({ decryptBody: [true], aesMode: ['aes-128-cbc', 'aes-256-cbc'] }),
	},
	{
		displayName: 'Key and IV Format',
		name: 'aesKeyFormat',
		type: 'options',
		default: 'utf8',
		options: [
			{ name: `Base64${unsupported}`, value: 'base64' },
			{ name: `Hex${unsupported}`, value: 'hex' },
			{ name: 'Text (UTF-8)', value: 'utf8' },
		],
		displayOptions: legacy({ decryptBody: [true] }),
	},
	{
		displayName: 'Ciphertext Encoding',
		name: 'ciphertextEncoding',
		type: 'options',
		default: 'base64',
		options: [
			{ name: 'Base64', value: 'base64' },
			{ name: `Hex${unsupported}`, value: 'hex' },
		],
		displayOptions: legacy({ decryptBody: [true] }),
	},
	{
		displayName: 'Ciphertext Field',
		name: 'ciphertextField',
		type: 'string',
		default: 'data',
		displayOptions: legacy({ decryptBody: [true] }),
		description: 'JSON field holding the ciphertext; a body that is not JSON is taken as the ciphertext itself',
	},
];
