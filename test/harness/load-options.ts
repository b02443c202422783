// Test-only code: it never ships (package.json "files" is ["dist"]), so Node globals and fs are fine here.
import { LoadOptionsContext } from 'n8n-core';
import type {
	ICredentialType,
	INodeListSearchResult,
	INodeParameters,
	INodeProperties,
	INodePropertyOptions,
	INodeType,
} from 'n8n-workflow';
import { UserError } from 'n8n-workflow';

import { buildAdditionalData } from './additional-data';
import type { CredentialDataByType, HarnessCredentialsHelper } from './credentials-helper';
import { ensureN8nRuntime } from './n8n-runtime';
import type { AnyNodeType } from './node-types';
import { HarnessNodeTypes, latestVersion, nodeTypeName } from './node-types';
import { prepareCredentialsHelper } from './run-node';
import { buildHarnessWorkflow } from './workflow';

export interface LoadOptionsRunOptions {
	nodeType: AnyNodeType;
	methodName: string;
	/** The node's current parameters, as the editor sends them while the user fills the form. */
	parameters: INodeParameters;
	credentialTypes?: ICredentialType[];
	credentials?: CredentialDataByType;
	credentialsHelper?: HarnessCredentialsHelper;
	typeVersion?: number;
	/**
	 * Path of the parameter being filled, e.g. "parameters.robot". Found from the method name when
	 * omitted; it matters for `getCurrentNodeParameter('&sibling')` inside collections.
	 */
	path?: string;
}

export interface ListSearchRunOptions extends LoadOptionsRunOptions {
	filter?: string;
	paginationToken?: string;
}

/** Runs `methods.loadOptions[methodName]` with n8n-core's real `LoadOptionsContext`. */
export async function runLoadOptions(options: LoadOptionsRunOptions): Promise<INodePropertyOptions[]> {
	const { context, nodeType } = await buildLoadOptionsContext(options, 'loadOptionsMethod');
	const method = nodeType.methods?.loadOptions?.[options.methodName];
	if (!method) throw new UserError(`The node has no loadOptions method "${options.methodName}"`);
	return await method.call(context);
}

/** Runs `methods.listSearch[methodName]` (resource locator "From list") the same way. */
export async function runListSearch(options: ListSearchRunOptions): Promise<INodeListSearchResult> {
	const { context, nodeType } = await buildLoadOptionsContext(options, 'searchListMethod');
	const method = nodeType.methods?.listSearch?.[options.methodName];
	if (!method) throw new UserError(`The node has no listSearch method "${options.methodName}"`);
	return await method.call(context, options.filter, options.paginationToken);
}

/**
 * Mirrors the CLI's DynamicNodeParametersService: a throw-away one-node workflow holding the
 * current parameters, `additionalData.currentNodeParameters` set, and the context in 'internal' mode.
 */
async function buildLoadOptionsContext(
	options: LoadOptionsRunOptions,
	methodKey: 'loadOptionsMethod' | 'searchListMethod',
): Promise<{ context: LoadOptionsContext; nodeType: INodeType }> {
	await ensureN8nRuntime();
	const credentialsHelper = prepareCredentialsHelper(options);
	const typeVersion = options.typeVersion ?? latestVersion(options.nodeType);
	const { workflow, node } = buildHarnessWorkflow({
		nodeType: options.nodeType,
		parameters: options.parameters,
		typeVersion,
		credentialsHelper,
		withoutInput: true,
	});
	const nodeType = new HarnessNodeTypes([options.nodeType]).getByNameAndVersion(
		nodeTypeName(options.nodeType),
		typeVersion,
	);
	const path = options.path ?? `parameters.${findParameterUsing(nodeType.description.properties, methodKey, options.methodName)}`;
	const additionalData = buildAdditionalData(credentialsHelper, { currentNodeParameters: node.parameters });
	return { context: new LoadOptionsContext(workflow, node, additionalData, path), nodeType };
}

/** The name of the (top-level or nested) property whose options come from this method. */
function findParameterUsing(properties: INodeProperties[], methodKey: string, methodName: string): string {
	for (const property of properties) {
		if (property.typeOptions?.[methodKey as 'loadOptionsMethod'] === methodName) return property.name;
		for (const mode of property.modes ?? []) {
			if (mode.typeOptions?.[methodKey as 'searchListMethod'] === methodName) return property.name;
		}
		const nested = (property.options ?? []).flatMap((option) =>
			'values' in option ? option.values : 'name' in option && 'type' in option ? [option as INodeProperties] : [],
		);
		if (nested.length > 0) {
			const inner = findParameterUsing(nested, methodKey, methodName);
			if (inner) return `${property.name}.${inner}`;
		}
	}
	return '';
}
