// Test code never ships: what may be inside the published tarball, and nothing else.

/** n8n loads compiled nodes and credentials, their codex files and their icons; npm adds the rest. */
const ALLOWED = [
	/^package\.json$/,
	/^README\.md$/,
	/^LICENSE$/,
	/^dist\/(nodes|credentials)\/.+(?<!\.d)\.js$/,
	/^dist\/nodes\/.+\.node\.json$/,
	/^dist\/(nodes|credentials)\/.+\.(svg|png)$/,
];

/**
 * The compressed size the tarball must stay under. The consolidated 0.2.0 code packed to about
 * 85 KB; the polling trigger, the account check, safe dialing with its phone plan and a longer README
 * bring it to about 127 KB. The limit leaves a little room, while shipping source maps and
 * declarations again (they made the package about three times as large) fails.
 */
export const TARBALL_LIMIT_BYTES = 130 * 1024;

export function unexpectedFiles(files: string[]): string[] {
	return files.filter((file) => !ALLOWED.some((pattern) => pattern.test(file)));
}
