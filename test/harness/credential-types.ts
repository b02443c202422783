// Test-only code: it never ships (package.json "files" is ["dist"]), so Node globals and fs are fine here.
import type { ICredentialType, INodeProperties } from 'n8n-workflow';
import { NodeHelpers, UnexpectedError } from 'n8n-workflow';

/**
 * The credential types a harness run knows, by name. Plays the part of the CLI's
 * `CredentialTypes` service, which in n8n is filled from the installed packages.
 */
export class CredentialTypeRegistry {
	private readonly byName = new Map<string, ICredentialType>();

	constructor(types: ICredentialType[]) {
		for (const type of types) this.byName.set(type.name, type);
	}

	getByName(name: string): ICredentialType {
		const type = this.byName.get(name);
		if (!type) {
			throw new UnexpectedError(`Unknown credential type "${name}": pass it in credentialTypes`);
		}
		return type;
	}

	/** Every type this one extends, transitively; n8n uses it to spot OAuth1/OAuth2 credentials. */
	getParentTypes(name: string): string[] {
		const direct = this.byName.get(name)?.extends ?? [];
		return direct.flatMap((parent) => [parent, ...this.getParentTypes(parent)]);
	}

	/**
	 * Properties including inherited ones, child definitions winning, as the CLI merges them.
	 * Parents the harness was not given are skipped rather than failing the run.
	 */
	getProperties(name: string): INodeProperties[] {
		const type = this.getByName(name);
		if (!type.extends) return type.properties;
		const merged: INodeProperties[] = [];
		for (const parent of type.extends) {
			if (this.byName.has(parent)) NodeHelpers.mergeNodeProperties(merged, this.getProperties(parent));
		}
		NodeHelpers.mergeNodeProperties(merged, type.properties);
		return merged;
	}

	/** Mirrors the CLI: only `restrictToSupportedNodes` types can refuse a node. */
	isUsableByNode(credentialTypeName: string, nodeTypeName: string): boolean {
		const type = this.byName.get(credentialTypeName);
		if (!type?.restrictToSupportedNodes) return true;
		const supported = type.supportedNodes ?? [];
		// The loader stores short names; the harness knows nodes by their description name.
		return supported.some((name) => nodeTypeName === name || nodeTypeName.endsWith(`.${name}`));
	}
}
