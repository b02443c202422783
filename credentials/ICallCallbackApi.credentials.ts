import type { ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

/**
 * The secrets of AIRudder's callbacks, used by the AIRudder iCall Trigger: kept in a credential,
 * they stay out of workflow JSON, exports and version history. Nothing here is sent anywhere; the
 * trigger only compares and decrypts with them, so the credential test (the trigger's `testedBy`)
 * checks the values themselves.
 */
export class ICallCallbackApi implements ICredentialType {
	name = 'iCallCallbackApi';

	displayName = 'AIRudder iCall Callback API';

	icon: Icon = { light: 'file:../nodes/ICall/icall.svg', dark: 'file:../nodes/ICall/icall.dark.svg' };

	documentationUrl = 'https://github.com/airudder-n8n/n8n-nodes-airudder#securing-callbacks';

	properties: INodeProperties[] = [
		{
			displayName:
				'Fill in only what you use; the trigger\'s switches (Require Secret Token, Verify X-AIRudder-Sign, Encrypted Callbacks) decide which of these it checks',
			name: 'notice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Callback Token',
			name: 'callbackToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'A secret of your choice. Give AIRudder the trigger URL with it appended, e.g. …/webhook?token=&lt;this value&gt;.',
		},
		{
			displayName: 'Token Query Parameter',
			name: 'queryParameterName',
			type: 'string',
			default: 'token',
			description: 'Query parameter of the callback URL that carries the token',
		},
		{
			displayName: 'Token Header',
			name: 'headerName',
			type: 'string',
			default: 'X-AIRudder-Token',
			description: 'Header that may carry the token instead of the query parameter',
		},
		{
			displayName: 'Signing Secret',
			name: 'signingSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'The secret agreed with AIRudder for the X-AIRudder-Sign header, when the trigger checks it as an HMAC-SHA256 (the keyless SHA-256 needs none)',
		},
		{
			displayName: 'Encryption Key',
			name: 'encryptionSecretKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'The AES key AIRudder issued for your account (16, 24 or 32 characters), the same key as for API encryption',
		},
	];
}
