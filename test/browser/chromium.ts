// Test code never ships: the system Chromium (Debian's `chromium` package) driven by
// playwright-core, which downloads no browser of its own.
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ConsoleEntry {
	kind: 'console' | 'pageerror' | 'response';
	text: string;
	/** The script or resource the entry points at, when known. */
	url: string;
}

export interface EditorBrowser {
	page: Page;
	/** Console errors, uncaught page errors and failed responses, in order. */
	problems: ConsoleEntry[];
	close(): Promise<void>;
}

export async function launchChromium(): Promise<EditorBrowser> {
	if (!fs.existsSync(CHROMIUM_PATH)) {
		throw new Error(`${CHROMIUM_PATH} is missing: install Debian's chromium package (apt-get install chromium)`);
	}
	const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'airudder-chromium-'));
	// A persistent context is how playwright passes a user-data-dir: a fresh, empty one per run.
	const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
		executablePath: CHROMIUM_PATH,
		headless: true,
		viewport: { width: 1600, height: 1000 },
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
	const browser: Browser | null = context.browser();
	const page = context.pages()[0] ?? (await context.newPage());
	const problems: ConsoleEntry[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push({ kind: 'console', text: message.text(), url: message.location().url });
	});
	page.on('pageerror', (error) => problems.push({ kind: 'pageerror', text: `${error.message}\n${error.stack ?? ''}`, url: '' }));
	page.on('response', (response) => {
		if (response.status() >= 400) {
			problems.push({ kind: 'response', text: `${response.request().method()} ${response.status()}`, url: response.url() });
		}
	});
	return {
		page,
		problems,
		close: async () => {
			await context.close();
			await browser?.close();
			fs.rmSync(userDataDir, { recursive: true, force: true });
		},
	};
}
