// Dev tooling for the iCall sandbox: never ships in the n8n package.
/* eslint-disable no-console, @n8n/community-nodes/no-restricted-globals */
import type { ClockSpeed } from './clock';
import { conventions } from './contract';
import { demoAccount, startSandbox, type SandboxOptions } from './index';

/**
 * `npm run sandbox`: the iCall sandbox on http://127.0.0.1:4010, one log line per request.
 * Every flag has an environment twin (ICALL_SANDBOX_<FLAG>, e.g. ICALL_SANDBOX_CALLBACK_URL).
 */
const flags = {
	port: 'TCP port (default 4010; 0 = any free port)',
	host: 'interface (default 127.0.0.1)',
	speed: "virtual ms per real ms, or 'manual' (default 60)",
	seed: 'seed of outcomes, ids and fault hits (default airudder)',
	'calls-per-second': 'new calls per virtual second per task (default 5)',
	'callback-url': 'where to POST call/task/plan webhooks',
	'callback-token': 'appended to the callback URL as ?token=...',
	'callback-secret': `signs callbacks (${conventions.callbacks.signatureHeader}, hex HMAC-SHA256)`,
	'callback-signature': `${conventions.callbacks.signatureHeader} style: hmacSha256 (default, needs --callback-secret) or sha256 (keyless)`,
	'callback-retry-ms': 'virtual ms between callback tries (default 60000)',
	'callback-key': 'encrypts callbacks with this AES key (base64 body, Is-Encrypted: 1, Signed)',
	'callback-content-type': 'Content-Type of encrypted callbacks (default application/json; n8n needs text/plain)',
	'encryption-key': 'encrypted account: requests must be AES-sealed with this 16/24/32-byte key; answers are sealed',
	drifted: "'true': some answers and every callback differ from the model (renamed key, other envelope, moved list, extra field)",
} as const;

type Flag = keyof typeof flags;

function readFlags(argv: string[]): Partial<Record<Flag, string>> {
	const values: Partial<Record<Flag, string>> = {};
	for (const flag of Object.keys(flags) as Flag[]) {
		const fromEnv = process.env[`ICALL_SANDBOX_${flag.toUpperCase().replace(/-/g, '_')}`];
		if (fromEnv) values[flag] = fromEnv;
	}
	for (let index = 0; index < argv.length; index++) {
		const [name, inline] = argv[index].replace(/^--/, '').split('=', 2);
		if (name === 'help') {
			console.log(`Usage: node build/sandbox/main.js [--flag value]...\n${Object.entries(flags).map(([flag, text]) => `  --${flag}  ${text}`).join('\n')}`);
			process.exit(0);
		}
		if (!(name in flags)) throw new Error(`unknown flag --${name} (try --help)`);
		values[name as Flag] = inline ?? argv[++index];
	}
	return values;
}

function toOptions(values: Partial<Record<Flag, string>>): SandboxOptions {
	const speed: ClockSpeed | undefined = values.speed === 'manual' ? 'manual' : values.speed ? Number(values.speed) : undefined;
	return {
		port: values.port !== undefined ? Number(values.port) : 4010,
		host: values.host,
		speed,
		seed: values.seed,
		callsPerSecond: values['calls-per-second'] ? Number(values['calls-per-second']) : undefined,
		encryptionKey: values['encryption-key'] || undefined,
		drifted: values.drifted === 'true',
		callbacks: {
			url: values['callback-url'],
			token: values['callback-token'],
			signingSecret: values['callback-secret'],
			signatureStyle: values['callback-signature'] === 'sha256' ? 'sha256' : undefined,
			retryIntervalMs: values['callback-retry-ms'] ? Number(values['callback-retry-ms']) : undefined,
			encryption: values['callback-key']
				? { key: values['callback-key'], contentType: values['callback-content-type'] }
				: undefined,
		},
	};
}

async function main(): Promise<void> {
	const options = toOptions(readFlags(process.argv.slice(2)));
	const sandbox = await startSandbox(options);
	sandbox.log.onEntry((entry) => {
		const answer = entry.outcome === 'reset' ? 'RESET' : `${entry.status ?? '-'}${entry.code !== undefined ? ` code ${entry.code}` : ''}`;
		console.log(`${new Date(entry.timestamp).toISOString()} ${entry.method} ${entry.path} -> ${answer} [${entry.endpointId}] ${entry.durationMs} ms`);
	});
	console.log(`iCall sandbox listening on ${sandbox.url}`);
	console.log(`  credential: APPKey "${demoAccount.appKey}", APPSecret "${demoAccount.appSecret}", base URL ${sandbox.url}`);
	console.log(`  login:      POST ${sandbox.url}${conventions.auth.path}`);
	console.log(`  clock speed ${String(options.speed ?? 60)}, callbacks ${options.callbacks?.url ?? 'off (--callback-url)'}`);
	const stop = () => void sandbox.close().then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
	console.error(`sandbox: ${error.message}`);
	process.exit(1);
});
