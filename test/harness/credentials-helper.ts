// Test-only code: it never ships (package.json "files" is ["dist"]), so Node globals and fs are fine here.
import { Credentials, getAdditionalKeys } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialsExpressionResolveValues,
	ICredentialType,
	IExecuteData,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeParameters,
	INodeProperties,
	IRequestOptionsSimplified,
	IWorkflowExecuteAdditionalData,
	Workflow,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import {
	getCredentialOwnRequestAllowedDomains,
	ICredentialsHelper,
	isExpression,
	NodeHelpers,
	UnexpectedError,
	UserError,
} from 'n8n-workflow';

import { CredentialTypeRegistry } from './credential-types';

export type CredentialDataByType = Record<string, ICredentialDataDecryptedObject>;

/** The id/name a harness node uses to reference the stored credential of a type. */
export function credentialReference(typeName: string): INodeCredentialsDetails {
	return { id: `harness-${typeName}`, name: `${typeName} (harness)` };
}

/**
 * An `ICredentialsHelper` that follows the n8n CLI's `CredentialsHelper` (packages/cli/src/
 * credentials-helper.ts, 2.41) step by step, with a Map standing in for the credentials table.
 * Only the storage is fake: defaults, expression resolution, when to log in and what to persist
 * follow the CLI, because those decide whether a node's token handling works in production.
 */
export class HarnessCredentialsHelper extends ICredentialsHelper {
	readonly types: CredentialTypeRegistry;

	private readonly store = new Map<string, ICredentialDataDecryptedObject>();

	private readonly loginsByType = new Map<string, number>();

	private readonly readsByType = new Map<string, number>();

	constructor(credentialTypes: ICredentialType[], initialData: CredentialDataByType = {}) {
		super();
		this.types = new CredentialTypeRegistry(credentialTypes);
		for (const [typeName, data] of Object.entries(initialData)) this.store.set(typeName, { ...data });
	}

	// ----- what tests inspect -------------------------------------------------------------

	/** How many times the credential type's own `preAuthentication` (the login) actually ran. */
	preAuthenticationCount(typeName: string): number {
		return this.loginsByType.get(typeName) ?? 0;
	}

	/** How many times a node read (decrypted) the stored credential of the type, as n8n reads its database. */
	readCount(typeName: string): number {
		return this.readsByType.get(typeName) ?? 0;
	}

	/** The live stored object: read the persisted token, or assign `''` to it to simulate expiry. */
	storedData(typeName: string): ICredentialDataDecryptedObject {
		const data = this.store.get(typeName);
		if (!data) throw new UserError(`No credential of type "${typeName}" is stored in the harness`);
		return data;
	}

	setStoredData(typeName: string, data: ICredentialDataDecryptedObject): void {
		this.store.set(typeName, { ...data });
	}

	hasStored(typeName: string): boolean {
		return this.store.has(typeName);
	}

	// ----- ICredentialsHelper -----------------------------------------------------------

	getParentTypes(name: string): string[] {
		return this.types.getParentTypes(name);
	}

	isCredentialUsableByNode(credentialType: string, nodeType: string): boolean {
		return this.types.isUsableByNode(credentialType, nodeType);
	}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.types.getProperties(type);
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		const { authenticate } = this.types.getByName(typeName);
		if (typeof authenticate === 'function') {
			return await authenticate(credentials, requestOptions as IHttpRequestOptions);
		}
		if (typeof authenticate === 'object' && authenticate.type === 'generic') {
			if (!workflow || !node) {
				throw new UnexpectedError('Workflow and node are required for declarative credential authentication');
			}
			requestOptions.headers ??= {};
			// Same walk as the CLI: every key and value under headers/qs/body/auth may be an expression.
			for (const [section, entries] of Object.entries(authenticate.properties)) {
				const target = requestOptions as unknown as Record<string, Record<string, unknown> | undefined>;
				target[section] ??= {};
				for (const [key, value] of Object.entries(entries as Record<string, unknown>)) {
					const resolvedKey = this.resolveWithCredentials(key, credentials, workflow, node);
					target[section]![resolvedKey] = this.resolveWithCredentials(value as string, credentials, workflow, node);
				}
			}
		}
		return requestOptions as IHttpRequestOptions;
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const credentialType = this.types.getByName(typeName);
		const expirable = credentialType.properties.find(
			(property) => property.type === 'hidden' && property.typeOptions?.expirable === true,
		);
		if (expirable === undefined || typeof credentialType.preAuthentication !== 'function') return undefined;

		// The CLI treats the mock NoOp node of a credential test as "always log in".
		const isCredentialTest = node?.parameters?.temp === '' && node?.type === 'n8n-nodes-base.noOp';
		if (credentials[expirable.name] !== '' && !credentialsExpired && !isCredentialTest) return undefined;

		const output = await this.login(credentialType, helpers, credentials);
		// Without the expirable key in the answer the CLI neither stores nor returns anything.
		if (output[expirable.name] === undefined) return undefined;
		const reference = node.credentials?.[credentialType.name];
		if (!reference) return undefined;

		const stored = this.store.get(credentialType.name) ?? {};
		const toPersist: ICredentialDataDecryptedObject = { ...stored };
		for (const [key, value] of Object.entries(output)) {
			// A field the user set as an expression keeps its expression; the token is always refreshed.
			if (key === expirable.name || !isExpression(stored[key])) toPersist[key] = value as never;
		}
		await this.updateCredentials(reference, credentialType.name, toPersist);
		return Object.assign(credentials, output);
	}

	async runPreAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const credentialType = this.types.getByName(typeName);
		if (typeof credentialType.preAuthentication !== 'function') return undefined;
		return await this.login(credentialType, helpers, credentials);
	}

	async getCredentials(nodeCredentials: INodeCredentialsDetails, type: string): Promise<Credentials> {
		const credentials = new Credentials({ id: nodeCredentials.id, name: nodeCredentials.name }, type);
		// Real encryption with the harness key, so code reading getDataToSave() sees ciphertext as in n8n.
		await credentials.setData(this.storedData(type));
		return credentials;
	}

	async getDecrypted(
		additionalData: IWorkflowExecuteAdditionalData,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
		mode: WorkflowExecuteMode,
		executeData?: IExecuteData,
		raw?: boolean,
		expressionResolveValues?: ICredentialsExpressionResolveValues,
	): Promise<ICredentialDataDecryptedObject> {
		this.readsByType.set(type, this.readCount(type) + 1);
		// A copy, as the CLI decrypts afresh each time: n8n-core merges login results into this object.
		const stored = structuredClone(this.storedData(type));
		if (raw === true) return stored;

		let decrypted = NodeHelpers.getNodeParameters(
			this.getCredentialsProperties(type),
			stored as INodeParameters,
			true,
			false,
			null,
			null,
		) as ICredentialDataDecryptedObject;

		if (expressionResolveValues) {
			const { workflow, runExecutionData, runIndex, itemIndex, node, connectionInputData } = expressionResolveValues;
			decrypted = workflow.expression.getParameterValue(
				decrypted as INodeParameters,
				runExecutionData,
				runIndex,
				itemIndex,
				node.name,
				connectionInputData,
				mode,
				getAdditionalKeys(additionalData, mode, null, { isCredential: true }),
				executeData,
				false,
				decrypted,
			) as ICredentialDataDecryptedObject;
		}
		return decrypted;
	}

	async updateCredentials(
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		this.store.set(type, { ...data });
	}

	async updateCredentialsOauthTokenData(
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		this.store.set(type, { ...this.storedData(type), oauthTokenData: data.oauthTokenData });
	}

	// ----- internals ------------------------------------------------------------------------

	private async login(
		credentialType: ICredentialType,
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
	): Promise<ICredentialDataDecryptedObject> {
		this.loginsByType.set(credentialType.name, this.preAuthenticationCount(credentialType.name) + 1);
		const output = await credentialType.preAuthentication!.call(
			restrictToCredentialDomains(helpers, credentials),
			credentials,
		);
		return output as ICredentialDataDecryptedObject;
	}

	private resolveWithCredentials(
		value: string,
		credentials: ICredentialDataDecryptedObject,
		workflow: Workflow,
		node: INode,
	): string {
		if (!isExpression(value)) return value;
		const resolved = workflow.expression.getSimpleParameterValue(
			node,
			value,
			'internal',
			{ $credentials: credentials },
			undefined,
			'',
		);
		return resolved ? String(resolved) : '';
	}
}

/**
 * The CLI hands `preAuthentication` only `httpRequest` (not the node's whole helper bag), wrapped
 * so a credential's own allowed-domains list also limits its login request.
 */
function restrictToCredentialDomains(
	helpers: IHttpRequestHelper,
	credentials: ICredentialDataDecryptedObject,
): IHttpRequestHelper {
	return {
		helpers: {
			httpRequest: async (requestOptions: IHttpRequestOptions) => {
				const allowedDomains = getCredentialOwnRequestAllowedDomains(credentials);
				if (allowedDomains === undefined) return await helpers.helpers.httpRequest(requestOptions);
				if (requestOptions.allowedDomains !== undefined) {
					throw new UserError(
						'This credential restricts requests to specific domains, which cannot be combined with the domains its authentication step asks for.',
					);
				}
				return await helpers.helpers.httpRequest({ ...requestOptions, allowedDomains });
			},
		},
	};
}
