// Dev tooling (e2e tests, `npm start`, the compatibility matrix); never shipped in the n8n package.
/* eslint-disable @n8n/community-nodes/no-restricted-globals */
// Which n8n a run uses, and what each release line of n8n needs to be installed and run.

/** The version the full suites run on; it matches the n8n-core devDependency. */
export const DEFAULT_N8N_VERSION = '2.41.1';

/**
 * The versions the compatibility matrix proves (README "Compatibility"); CI runs each: the newest
 * 1.x and the newest 2.x that installs. 2.41.3 does not install: it needs @n8n/agents 0.26.2, which
 * the registry does not have. 2.0.3 installs and runs the examples, but its CLI cannot publish an
 * imported workflow (its import records no version to publish), so the trigger checks cannot run.
 */
export const MATRIX_N8N_VERSIONS = ['1.123.81', '2.41.1'];

export interface ReleaseLine {
	/** The Node major the line is tested on (its engines allow it, and its native modules ship prebuilds for it). */
	nodeMajor: number;
}

const RELEASE_LINES: Record<string, ReleaseLine> = {
	// Node 22, not 20: isolated-vm, behind 1.x's default expression engine, has no Node 20 build.
	'1': { nodeMajor: 22 },
	// n8n 2.36 and later require Node 24; the older 2.x allow it too.
	'2': { nodeMajor: 24 },
};

/**
 * npm `overrides` for every runtime install: dependencies n8n itself takes from outside the
 * registry, which an offline CI cannot reach. n8n-nodes-base up to the first 2.x takes xlsx
 * from the SheetJS CDN; 0.18.5 is the newest xlsx on the registry. Later versions do not
 * depend on xlsx, and an override of a package nobody asks for changes nothing.
 */
export const RUNTIME_OVERRIDES: Record<string, string> = { xlsx: '0.18.5' };

/** The version from N8N_RUNTIME_VERSION (the matrix sets it), else the default. */
export function requestedN8nVersion(): string {
	return process.env.N8N_RUNTIME_VERSION?.trim() || DEFAULT_N8N_VERSION;
}

export function releaseLineOf(n8nVersion: string): ReleaseLine {
	const line = RELEASE_LINES[n8nVersion.split('.')[0]];
	if (!line) {
		const known = Object.keys(RELEASE_LINES).map((major) => `${major}.x`).join(' and ');
		throw new Error(`n8n ${n8nVersion}: the runtime installer knows the ${known} lines only`);
	}
	return line;
}

function compareVersions(left: string, right: string): number {
	const a = left.split('.').map(Number);
	const b = right.split('.').map(Number);
	for (let index = 0; index < 3; index++) {
		if (a[index] !== b[index]) return a[index] - b[index];
	}
	return 0;
}

/** Stable releases only (no `-beta`, `-exp` and the like), oldest first. */
export function stableReleases(published: string[]): string[] {
	return published.filter((version) => /^\d+\.\d+\.\d+$/.test(version)).sort(compareVersions);
}

/**
 * Checks a requested version against the versions the registry publishes. An unknown one gets
 * an error that names what can be installed: the span of each supported line and the releases
 * nearest to what was asked, so a typo or a version that is not out yet is obvious.
 */
export function checkPublished(requested: string, published: string[]): void {
	const releases = stableReleases(published).filter((version) => {
		try {
			releaseLineOf(version);
			return true;
		} catch {
			return false;
		}
	});
	if (releases.includes(requested)) return;
	const lines = [...new Set(releases.map((version) => version.split('.')[0]))].map((major) => {
		const ofLine = releases.filter((version) => version.split('.')[0] === major);
		return `${major}.x from ${ofLine[0]} to ${ofLine[ofLine.length - 1]}`;
	});
	const minorOf = (version: string) => version.split('.').slice(0, 2).join('.');
	const sameMinor = releases.filter((version) => minorOf(version) === minorOf(requested));
	const nearest = sameMinor.length > 0 ? sameMinor : releases.slice(-5);
	throw new Error(
		`n8n ${requested} is not a published release the runtime installer can install. ` +
			`It can install ${lines.join(', ')}; ${sameMinor.length > 0 ? 'releases of that minor' : 'the newest'}: ${nearest.join(', ')}. ` +
			'Set N8N_RUNTIME_VERSION to one of them.',
	);
}
