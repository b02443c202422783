// Test-only code: it never ships (package.json "files" is ["dist"]), so Node globals and fs are fine here.
import type { IDataObject, INodeType, INodeTypes, IVersionedNodeType } from 'n8n-workflow';
import { UnexpectedError } from 'n8n-workflow';

export type AnyNodeType = INodeType | IVersionedNodeType;

function isVersioned(nodeType: AnyNodeType): nodeType is IVersionedNodeType {
	return 'nodeVersions' in nodeType;
}

/** The type name n8n would know the node by; the package prefix does not matter inside the harness. */
export function nodeTypeName(nodeType: AnyNodeType): string {
	return nodeType.description.name;
}

/** The version a freshly dropped node gets in the editor: the highest one the type declares. */
export function latestVersion(nodeType: AnyNodeType): number {
	if (isVersioned(nodeType)) return nodeType.currentVersion;
	const { version } = nodeType.description;
	return Array.isArray(version) ? Math.max(...version) : version;
}

/**
 * Stands in for the node that fed the node under test. It never runs: its output is written
 * straight into the run data, so `$('Harness Input')` and paired-item lookups have a real parent.
 */
export const HARNESS_INPUT_NODE_TYPE: INodeType = {
	description: {
		displayName: 'Harness Input',
		name: 'harness.input',
		group: ['input'],
		version: 1,
		description: 'Items handed to the node under test',
		defaults: { name: 'Harness Input' },
		inputs: [],
		outputs: ['main'],
		properties: [],
	},
};

/**
 * The node-type registry a `Workflow` consults. n8n's own registry loads packages from disk;
 * here it knows the node under test (handed over as an instance) and the input stand-in.
 */
export class HarnessNodeTypes implements INodeTypes {
	private readonly byName = new Map<string, AnyNodeType>();

	constructor(nodeTypes: AnyNodeType[]) {
		for (const nodeType of [HARNESS_INPUT_NODE_TYPE, ...nodeTypes]) this.byName.set(nodeTypeName(nodeType), nodeType);
	}

	getByName(name: string): AnyNodeType {
		const nodeType = this.byName.get(name);
		if (!nodeType) throw new UnexpectedError(`The harness does not know node type "${name}"`);
		return nodeType;
	}

	getByNameAndVersion(name: string, version?: number): INodeType {
		const nodeType = this.getByName(name);
		return isVersioned(nodeType) ? nodeType.getNodeType(version) : nodeType;
	}

	getKnownTypes(): IDataObject {
		return {};
	}
}
