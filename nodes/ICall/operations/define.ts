import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import type { ContactEntry, Endpoint, ModeledParts } from '../api/contract/types';
import { inputError } from './fields';

/** Where an operation sits in the editor: the values of its resource and operation. */
export type OperationPlace = Pick<Endpoint, 'resource' | 'operation'>;

/** One operation of a node, as its resource's file declares it through `defineOperation`. */
export interface OperationModule {
	/** The contract endpoint it calls (or, for one that reads several, its own place): it names the operation in the editor. */
	place: OperationPlace;
	/** The entry of the resource's Operation selector. */
	option: INodePropertyOptions;
	description: INodeProperties[];
	execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]>;
}

/** How an operation declared on an endpoint runs its input items; `defineOperation` hands it that endpoint. */
export type Execute<E extends Endpoint> = (this: IExecuteFunctions, items: INodeExecutionData[], endpoint: E) => Promise<INodeExecutionData[]>;

/**
 * Values an operation hands to the transport, keyed by the endpoint's contract field keys: a key
 * the endpoint does not have is a build error, not a runtime surprise.
 */
export type FieldValues<E extends Endpoint> = { [K in keyof E['fields']]?: unknown };

/**
 * `V` with every key the endpoint lacks turned into `never`. TypeScript does not check excess keys
 * of an object returned from a callback, so functions take `(i) => KnownFields<E, V>` instead.
 */
export type KnownFields<E extends Endpoint, V> = V & { [K in Exclude<keyof V, keyof NoInfer<E>['fields'] | number>]: never };

export interface OperationCopy {
	/** Name in the Operation selector, e.g. "Get Many". */
	name: string;
	/** The sentence n8n shows in the actions panel and gives AI agents as the tool's purpose. */
	action: string;
	description: string;
}

const labelsByEndpoint = new WeakMap<Endpoint, Record<string, string>>();

/** The user's word for a contract field: the display name of the parameter named like it. */
export function fieldLabel(endpoint: Endpoint, key: string): string {
	const label = labelsByEndpoint.get(endpoint)?.[key];
	const wire = endpoint.fields[key]?.wire ?? key;
	return label ? `"${label}" (${wire})` : wire;
}

/**
 * An operation, complete: its selector entry, its fields shown only under its resource and operation,
 * the modeled-endpoint notice first and the escape hatch last. Resource and operation come from the
 * contract endpoint, so they are written once. Parameters named like a contract field key lend their
 * display name to error messages about that field.
 */
export function defineOperation<E extends Endpoint>(
	endpoint: E,
	copy: OperationCopy,
	properties: INodeProperties[],
	execute: Execute<NoInfer<E>>,
): OperationModule {
	const labels: Record<string, string> = {};
	for (const property of properties) if (property.name in endpoint.fields) labels[property.name] = property.displayName;
	labelsByEndpoint.set(endpoint, labels);
	const shown = [...modeledNotice(endpoint), ...properties, escapeHatchProperty(endpoint)];
	return defineOwnOperation(endpoint, copy, shown, async function (items) {
		return await execute.call(this, items, endpoint);
	});
}

/**
 * An operation with no one request of its own (Account: Check reads many endpoints): its fields as
 * given, without a modeled notice or an escape hatch, since there is no single request to correct.
 */
export function defineOwnOperation(place: OperationPlace, copy: OperationCopy, properties: INodeProperties[], execute: OperationModule['execute']): OperationModule {
	return {
		place,
		option: { name: copy.name, value: place.operation, action: copy.action, description: copy.description },
		description: forOperation(place.resource, place.operation, properties),
		execute,
	};
}

/** A node resource: its name in the Resource selector and its operations (the first is the default). */
export function defineResource(name: string, operations: OperationModule[], defaultOperation = operations[0].place.operation): ResourceModule {
	const resource = operations[0].place.resource;
	return {
		value: resource,
		name,
		operations: Object.fromEntries(operations.map((operation) => [operation.place.operation, operation])),
		description: resourceDescription(resource, operations, defaultOperation),
	};
}

/** The resource's Operation selector followed by the fields of each operation. */
function resourceDescription(resource: string, operations: Array<Pick<OperationModule, 'option' | 'description'>>, defaultOperation: string): INodeProperties[] {
	return [
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource] } },
			options: operations.map((operation) => operation.option),
			default: defaultOperation,
		},
		...operations.flatMap((operation) => operation.description),
	];
}

/** Shows properties only for one resource + operation. */
function forOperation(resource: string, operation: string, properties: INodeProperties[]): INodeProperties[] {
	return updateDisplayOptions({ show: { resource: [resource], operation: [operation] } }, properties);
}

/** The README section on correcting a modeled name, linked from every modeled-endpoint notice. */
export const MODEL_DIFFERS_URL = 'https://github.com/airudder-n8n/n8n-nodes-airudder#your-account-differs-from-the-model';

/** How the contact fields call each key of a contact, for a notice that names a modeled one. */
const contactKeyWords: Record<keyof ContactEntry, string> = {
	number: 'phone number',
	caseId: 'case ID',
	robotId: 'robot ID',
	variables: 'variables',
};

/** The modeled keys of a request otherwise documented, by wire name and, if shown, the field's label. */
function modeledKeys(endpoint: Endpoint, modeled: ModeledParts): string[] {
	const fields = (modeled.fields ?? []).map((key) => fieldLabel(endpoint, key));
	const entry = endpoint.contacts?.entry;
	const contactKeys = entry ? (modeled.contactKeys ?? []).map((key) => `${entry[key]} (each contact's ${contactKeyWords[key]})`) : [];
	return [...fields, ...contactKeys];
}

function modeledRequestSentence(endpoint: Endpoint, modeled: ModeledParts): string {
	if (modeled.path) return 'AIRudder has not published the path or the format of this operation, so both follow our model of the API.';
	if (modeled.allFields) return "AIRudder documents this operation's path but not its request fields, so their names follow our model of the API.";
	const keys = modeledKeys(endpoint, modeled);
	const listed = keys.length > 1 ? `${keys.slice(0, -1).join(', ')} and ${keys[keys.length - 1]}` : keys[0];
	return keys.length > 1
		? `AIRudder documents this request except the keys ${listed}, which follow our model of the API.`
		: `AIRudder documents this request except the key ${listed}, which follows our model of the API.`;
}

/**
 * Operations whose request is partly or wholly our model say exactly which part, and how to
 * override it; a documented request gets no notice, whatever its answer.
 */
export function modeledNotice(endpoint: Endpoint): INodeProperties[] {
	const modeled = endpoint.modeled;
	if (!modeled) return [];
	const sentences = [modeledRequestSentence(endpoint, modeled)];
	if (modeled.answer && !modeled.path) sentences.push('The field names of its answer are our model too.');
	sentences.push(
		`If your account expects other field names, add or overwrite them under ${escapeHatchName(endpoint).displayName}, or call any path with "Custom API Call" (see <a href="${MODEL_DIFFERS_URL}" target="_blank">Your account differs from the model?</a>).`,
	);
	return [{ displayName: sentences.join(' '), name: 'modeledNotice', type: 'notice', default: '' }];
}

function escapeHatchName(endpoint: Endpoint): { name: string; displayName: string } {
	if (endpoint.multipart) return { name: 'additionalFormFields', displayName: 'Additional Form Fields' };
	return endpoint.method === 'GET'
		? { name: 'additionalQueryParameters', displayName: 'Additional Query Parameters' }
		: { name: 'additionalBodyFields', displayName: 'Additional Body Fields' };
}

function placeOf(endpoint: Endpoint): string {
	if (endpoint.multipart) return 'multipart form (as text fields, sent before the file)';
	return endpoint.method === 'GET' ? 'query string' : 'request body';
}

/** Every operation lets the user add or overwrite any wire field; it is merged last. */
export function escapeHatchProperty(endpoint: Endpoint): INodeProperties {
	const { name, displayName } = escapeHatchName(endpoint);
	return {
		displayName,
		name,
		type: 'json',
		default: '{}',
		description: `JSON object merged last into the ${placeOf(endpoint)}: adds fields or overwrites the ones this node sets, using AIRudder's exact field names`,
	};
}

/** How a field set through the escape hatch is named in an error: "Additional Query Parameters › page_size". */
export function escapeHatchFieldLabel(endpoint: Endpoint, key: string): string {
	return `${escapeHatchName(endpoint).displayName} › ${key}`;
}

export function readEscapeHatch(context: IExecuteFunctions, endpoint: Endpoint, itemIndex: number): IDataObject {
	const { name, displayName } = escapeHatchName(endpoint);
	const raw = context.getNodeParameter(name, itemIndex, '{}') as unknown;
	return parseJsonObject(context, raw, displayName, itemIndex);
}

/** Accepts an object (from an expression) or JSON text; anything else is a clear error for that item. */
export function parseJsonObject(context: IExecuteFunctions, raw: unknown, fieldName: string, itemIndex: number): IDataObject {
	if (raw === undefined || raw === null || raw === '') return {};
	let value: unknown = raw;
	if (typeof raw === 'string') {
		try {
			value = JSON.parse(raw) as unknown;
		} catch (error) {
			throw inputError(context, itemIndex, fieldName, `is not valid JSON (${(error as Error).message})`);
		}
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw inputError(context, itemIndex, fieldName, 'must be a JSON object like {"Key": "value"}');
	}
	return value as IDataObject;
}

export interface ResourceModule {
	/** The resource's value in the Resource selector, from its endpoints. */
	value: string;
	name: string;
	description: INodeProperties[];
	operations: Record<string, OperationModule>;
}

/** A node's resources (value → display name and module); its router and description read it. */
export type ResourceRegistry = Record<string, { name: string; module: ResourceModule }>;

/** The registry of a node's resources, in the order of the Resource selector. */
export function registryOf(resources: ResourceModule[]): ResourceRegistry {
	return Object.fromEntries(resources.map((resource) => [resource.value, { name: resource.name, module: resource }]));
}
