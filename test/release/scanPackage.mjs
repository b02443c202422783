// Test code never ships. Runs n8n's community-package scanner (@n8n/scan-community-package) on an
// unpacked tarball and on our sources, offline: the scanner's own ESLint configuration and its
// `analyzePackage`, without its registry steps (provenance, download, source fetch).
// Usage: node scanPackage.mjs <unpacked package dir> <project root>; prints one JSON report.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const [packageDir, projectRoot] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const scannerFile = require.resolve('@n8n/scan-community-package/scanner/scanner.mjs');
const scanner = await import(pathToFileURL(scannerFile).href);
// The ESLint and fast-glob the scanner itself resolves, so findings match its verdict.
const scannerRequire = createRequire(scannerFile);
const { ESLint } = await import(pathToFileURL(scannerRequire.resolve('eslint')).href);
const glob = (await import(pathToFileURL(scannerRequire.resolve('fast-glob')).href)).default;

// The two legs of `analyzePackageByName`: the attested source checkout, then the published artifact.
const legs = [
	{ name: 'source', dir: projectRoot, patterns: scanner.SOURCE_FILE_PATTERNS },
	{ name: 'tarball', dir: packageDir, patterns: ['**/*.js', 'package.json'] },
];

const report = [];
for (const leg of legs) {
	const verdict = await scanner.analyzePackage(leg.dir, leg.patterns);
	// analyzePackage fails on errors only; count warnings too, with the same configuration and files.
	const eslint = new ESLint({
		cwd: leg.dir,
		allowInlineConfig: false,
		overrideConfigFile: true,
		overrideConfig: await scanner.buildScanConfig(),
	});
	const files = glob.sync(leg.patterns, {
		cwd: leg.dir,
		absolute: true,
		ignore: ['node_modules/**', '**/package-lock.json'],
	});
	const results = await eslint.lintFiles(files);
	const findings = results.flatMap((result) =>
		result.messages.map((message) => ({
			file: result.filePath.slice(leg.dir.length + 1),
			line: message.line,
			rule: message.ruleId,
			severity: message.severity === 2 ? 'error' : 'warning',
			message: message.message,
		})),
	);
	report.push({ leg: leg.name, passed: verdict.passed, message: verdict.message, filesScanned: files.length, findings });
}
process.stdout.write(`${JSON.stringify(report)}\n`);
